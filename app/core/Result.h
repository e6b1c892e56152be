// Result<T> and Status: the one way Istiqbal reports failure. A failure always
// carries a reason in words a person can read (already translated).
#pragma once

#include <QString>

#include <optional>
#include <utility>

class [[nodiscard]] Status
{
public:
    // What kind of failure it is, for a caller that can do something about it
    // beyond showing the reason.
    enum class Code
    {
        Ok,
        Failed,
        // Someone else saved the record after this copy was read: the reason
        // says who and when; offer to reload the record.
        Stale,
        // The database server cannot be reached; nothing of the action was kept.
        ConnectionLost
    };

    static Status success() { return Status(); }
    static Status failure(QString reason, Code code = Code::Failed)
    {
        return Status(std::move(reason), code);
    }

    bool ok() const { return m_error.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }
    Code code() const { return ok() ? Code::Ok : m_code; }
    bool isStale() const { return code() == Code::Stale; }
    bool isConnectionLost() const { return code() == Code::ConnectionLost; }
    // As Result<T>::status(), so code can treat a Status and a Result alike.
    Status status() const { return *this; }

private:
    Status() = default;
    Status(QString reason, Code code) : m_error(std::move(reason)), m_code(code)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("unknown error");
        if (m_code == Code::Ok)
            m_code = Code::Failed;
    }
    QString m_error;
    Code m_code = Code::Failed;
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Status failure) : m_error(failure.error()), m_code(failure.code()) {}
    static Result failure(QString reason) { return Result(Status::failure(std::move(reason))); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const QString &error() const { return m_error; }
    Status::Code code() const { return ok() ? Status::Code::Ok : m_code; }
    bool isStale() const { return code() == Status::Code::Stale; }
    bool isConnectionLost() const { return code() == Status::Code::ConnectionLost; }
    Status status() const { return ok() ? Status::success() : Status::failure(m_error, m_code); }

private:
    std::optional<T> m_value;
    QString m_error;
    Status::Code m_code = Status::Code::Failed;
};
