// The value of a Result a test goes on with: the test stops there, with the
// Result's reason, when there is none.
#pragma once

#include "CatchQt.h"

#include "core/Result.h"

#include <utility>

namespace TestResult {

template <typename T> T ok(Result<T> r)
{
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return std::move(r).value();
}

} // namespace TestResult
