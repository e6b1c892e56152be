#pragma once

// The look of the banners that answer a person inside a page: an error in red,
// a note in green. One place, so every screen answers alike.
namespace MessageStyle {

inline constexpr char kError[] = "QLabel { background: #fdecea; color: #8c1d13; border: 1px solid "
                                 "#e6a39c; border-radius: 4px; padding: 6px; }";
inline constexpr char kNote[] = "QLabel { background: #e8f3ec; color: #1b5e34; border: 1px solid "
                                "#9fcfae; border-radius: 4px; padding: 6px; }";

} // namespace MessageStyle
