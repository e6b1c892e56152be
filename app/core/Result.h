// Result<T> and Status: the one way Istiqbal reports failure. A failure always
// carries a reason in words a person can read (already translated).
#pragma once

#include <QString>

#include <optional>
#include <utility>

class Status
{
public:
    static Status success() { return Status(); }
    static Status failure(QString reason) { return Status(std::move(reason)); }

    bool ok() const { return m_error.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }
    // As Result<T>::status(), so code can treat a Status and a Result alike.
    Status status() const { return *this; }

private:
    Status() = default;
    explicit Status(QString reason) : m_error(std::move(reason))
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("unknown error");
    }
    QString m_error;
};

template <typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Status failure) : m_error(failure.error()) {}
    static Result failure(QString reason) { return Result(Status::failure(std::move(reason))); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const QString &error() const { return m_error; }
    Status status() const { return ok() ? Status::success() : Status::failure(m_error); }

private:
    std::optional<T> m_value;
    QString m_error;
};
