// SPDX-License-Identifier: MIT
#pragma once

#include "providerprofile.h"

#include "model/result.h"

#include <QProcessEnvironment>
#include <QString>

#include <functional>

class QObject;

namespace ShotBrief {

/// Where API keys come from: the environment variable a profile names, else the OS keychain
/// (service "ShotBrief", one entry per profile). Keys are never written anywhere else.
/// Keychain access fails soft: with no secret service (CI, containers) there is simply no key.
class CredentialStore
{
public:
    static QString keychainService() { return QStringLiteral("ShotBrief"); }

    explicit CredentialStore(
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(),
        bool useKeychain = true);

    /// Whether the profile authenticates at all (auth none: a local ComfyUI). A keyless
    /// profile is never asked for a key: no environment lookup, no keychain call.
    static bool needsKey(const ProviderProfile &profile);

    /// The key from the profile's fixed key or environment variable; empty when none (always
    /// empty for a keyless profile).
    QString keyFromEnvironment(const ProviderProfile &profile) const;
    /// Environment first, then the keychain; `done` runs with the key or an empty string.
    void readKey(const ProviderProfile &profile, QObject *context,
                 std::function<void(const QString &key)> done) const;
    /// readKey() waited for in a local event loop, at most `timeoutMs` (a locked or absent
    /// keychain must not hang the caller). Returns at once without a keychain.
    QString readKeyNow(const ProviderProfile &profile, int timeoutMs = 15000) const;
    /// How many keychain reads this store started (tests check that keyless profiles make none).
    int keychainReads() const { return m_keychainReads; }
    /// Stores a key in the keychain; an Error when no keychain is available.
    void storeKey(const ProviderProfile &profile, const QString &key, QObject *context,
                  std::function<void(const Result<void> &)> done) const;

    /// Whether a keychain can be tried at all (a D-Bus session on Linux).
    bool keychainAvailable() const;

private:
    QProcessEnvironment m_environment;
    bool m_useKeychain = true;
    mutable int m_keychainReads = 0;
};

} // namespace ShotBrief
