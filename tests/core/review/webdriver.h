// SPDX-License-Identifier: MIT
#pragma once

// A small W3C WebDriver client for the browser tests: starts Debian's chromedriver on a
// loopback port, opens a headless Chromium session and sends commands over HTTP with
// QNetworkAccessManager. Only what the tests use.

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace ShotBrief::TestSupport {

class WebDriver
{
public:
    WebDriver() = default;
    ~WebDriver();
    Q_DISABLE_COPY_MOVE(WebDriver)

    /// Starts chromedriver and a headless Chromium session whose downloads go to
    /// `downloadDir`. False (with error() saying why) when either cannot start.
    bool start(const QString &downloadDir);
    QString error() const { return m_error; }

    /// One command: `method` on /session/{id}/`path` (or the root for a path starting with
    /// "/"); the "value" of the answer, or an undefined value with error() set.
    QJsonValue command(const QByteArray &method, const QString &path, const QJsonObject &body = {});

    bool open(const QString &url);
    /// Runs `script` (a function body; `arguments` holds `args`) in the page.
    QJsonValue script(const QString &script, const QJsonArray &args = {});
    /// The element's WebDriver reference, or empty.
    QString find(const QString &css);
    bool click(const QString &css);
    bool type(const QString &css, const QString &text);
    /// Presses and releases each key in turn, at whatever has the focus: WebDriver key codes
    /// ("\uE012" is Left) or characters.
    bool keys(const QString &keys);
    /// Polls `script` until it returns true, up to `timeoutMs`.
    bool waitFor(const QString &script, int timeoutMs = 20000);
    QByteArray screenshotPng();

private:
    QJsonValue send(const QByteArray &method, const QString &url, const QJsonObject &body);
    void stop();

    QProcess m_driver;
    QNetworkAccessManager m_network;
    QTemporaryDir m_profile;
    QString m_base;
    QString m_session;
    QString m_error;
};

/// WebDriver's key codes.
namespace Key {
inline const QString Left = QStringLiteral("\uE012");
inline const QString Up = QStringLiteral("\uE013");
inline const QString Right = QStringLiteral("\uE014");
inline const QString Down = QStringLiteral("\uE015");
inline const QString Escape = QStringLiteral("\uE00C");
} // namespace Key

} // namespace ShotBrief::TestSupport
