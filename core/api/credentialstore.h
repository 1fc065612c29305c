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

    /// The key from the profile's fixed key or environment variable; empty when none.
    QString keyFromEnvironment(const ProviderProfile &profile) const;
    /// Environment first, then the keychain; `done` runs with the key or an empty string.
    void readKey(const ProviderProfile &profile, QObject *context,
                 std::function<void(const QString &key)> done) const;
    /// Stores a key in the keychain; an Error when no keychain is available.
    void storeKey(const ProviderProfile &profile, const QString &key, QObject *context,
                  std::function<void(const Result<void> &)> done) const;

    /// Whether a keychain can be tried at all (a D-Bus session on Linux).
    bool keychainAvailable() const;

private:
    QProcessEnvironment m_environment;
    bool m_useKeychain = true;
};

} // namespace ShotBrief
