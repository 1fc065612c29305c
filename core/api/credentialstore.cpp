// SPDX-License-Identifier: MIT
#include "credentialstore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace ShotBrief {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct CredentialStoreText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::CredentialStore)
};

} // namespace

CredentialStore::CredentialStore(QProcessEnvironment environment, bool useKeychain)
    : m_environment(std::move(environment))
    , m_useKeychain(useKeychain)
{}

bool CredentialStore::needsKey(const ProviderProfile &profile)
{
    return profile.auth != AuthStyle::None;
}

QString CredentialStore::keyFromEnvironment(const ProviderProfile &profile) const
{
    if (!needsKey(profile))
        return {};
    if (!profile.fixedKey.isEmpty())
        return profile.fixedKey;
    if (profile.keyEnvVar.isEmpty())
        return {};
    return m_environment.value(profile.keyEnvVar).trimmed();
}

bool CredentialStore::keychainAvailable() const
{
    if (!m_useKeychain || m_environment.contains(QStringLiteral("SHOTBRIEF_NO_KEYCHAIN")))
        return false;
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    // Without a session bus the secret service call would hang until the D-Bus timeout.
    return !m_environment.value(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")).isEmpty();
#else
    return true;
#endif
}

void CredentialStore::readKey(const ProviderProfile &profile, QObject *context,
                              std::function<void(const QString &key)> done) const
{
    const QString fromEnvironment = keyFromEnvironment(profile);
    if (!fromEnvironment.isEmpty() || !needsKey(profile) || !keychainAvailable()) {
        QMetaObject::invokeMethod(
            context, [done, fromEnvironment] { done(fromEnvironment); }, Qt::QueuedConnection);
        return;
    }
    ++m_keychainReads;
    auto *job = new QKeychain::ReadPasswordJob(keychainService());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(profile.name);
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        // Any keychain failure (no service, locked, denied) means "no key", never a crash.
        done(read->error() == QKeychain::NoError ? read->textData().trimmed() : QString());
    });
    job->start();
}

QString CredentialStore::readKeyNow(const ProviderProfile &profile, int timeoutMs) const
{
    const QString fromEnvironment = keyFromEnvironment(profile);
    if (!fromEnvironment.isEmpty() || !needsKey(profile) || !keychainAvailable())
        return fromEnvironment;
    QString key;
    QEventLoop loop;
    QObject context;
    readKey(profile, &context, [&key, &loop](const QString &read) {
        key = read;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return key;
}

void CredentialStore::storeKey(const ProviderProfile &profile, const QString &key, QObject *context,
                               std::function<void(const Result<void> &)> done) const
{
    if (!keychainAvailable()) {
        Error error;
        error.message =
            CredentialStoreText::tr(
                "No keychain is available on this system: set the environment variable %1 instead.")
                .arg(profile.keyEnvVar.isEmpty() ? QStringLiteral("OPENAI_API_KEY")
                                                 : profile.keyEnvVar);
        QMetaObject::invokeMethod(
            context, [done, error] { done(error); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(keychainService());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(profile.name);
    job->setTextData(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError) {
            done(Result<void>());
            return;
        }
        Error error;
        // The keychain's message never contains the secret itself.
        error.message = CredentialStoreText::tr("The keychain refused to store the key: %1")
                            .arg(finished->errorString());
        done(error);
    });
    job->start();
}

} // namespace ShotBrief
