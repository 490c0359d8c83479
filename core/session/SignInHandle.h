#pragma once

#include <functional>
#include <utility>

namespace ws {

// The caller's hold on a running sign-in (SessionManager::signIn). cancel() ends it with CANCELLED and
// destroys its pending key and record; once the sign-in has finished (or the manager is gone) it does
// nothing. Copies share the one sign-in.
class SignInHandle {
public:
    SignInHandle() = default;
    explicit SignInHandle(std::function<void()> cancel)
        : m_cancel(std::move(cancel)) {}

    void cancel() const {
        if (m_cancel)
            m_cancel();
    }

private:
    std::function<void()> m_cancel;
};

} // namespace ws
