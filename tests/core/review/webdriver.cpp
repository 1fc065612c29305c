// SPDX-License-Identifier: MIT
#include "webdriver.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

namespace ShotBrief::TestSupport {

namespace {

constexpr int CommandTimeoutMs = 60000;

QString firstProgram(const QStringList &names)
{
    for (const QString &name : names) {
        const QString path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty())
            return path;
    }
    return {};
}

} // namespace

WebDriver::~WebDriver()
{
    stop();
}

void WebDriver::stop()
{
    if (!m_session.isEmpty()) {
        send("DELETE", m_base + QStringLiteral("/session/") + m_session, {});
        m_session.clear();
    }
    if (m_driver.state() != QProcess::NotRunning) {
        m_driver.terminate();
        if (!m_driver.waitForFinished(10000)) {
            m_driver.kill();
            m_driver.waitForFinished(5000);
        }
    }
}

bool WebDriver::start(const QString &downloadDir)
{
    const QString driver = firstProgram({QStringLiteral("chromedriver")});
    const QString browser =
        firstProgram({QStringLiteral("chromium"), QStringLiteral("chromium-browser")});
    if (driver.isEmpty() || browser.isEmpty()) {
        m_error = QStringLiteral("chromium and chromedriver are needed (Debian: apt-get install "
                                 "chromium chromium-driver; `make deps` does)");
        return false;
    }
    // Port 0: chromedriver picks a free loopback port and says which.
    m_driver.setProcessChannelMode(QProcess::MergedChannels);
    m_driver.start(driver, {QStringLiteral("--port=0")});
    if (!m_driver.waitForStarted(10000)) {
        m_error = QStringLiteral("chromedriver did not start: ") + m_driver.errorString();
        return false;
    }
    static const QRegularExpression started(QStringLiteral("started successfully on port (\\d+)"));
    QByteArray output;
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && m_driver.state() == QProcess::Running) {
        m_driver.waitForReadyRead(500);
        output += m_driver.readAll();
        const QRegularExpressionMatch match = started.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            m_base = QStringLiteral("http://127.0.0.1:") + match.captured(1);
            break;
        }
    }
    if (m_base.isEmpty()) {
        m_error = QStringLiteral("chromedriver did not say its port: ") + QString::fromUtf8(output);
        return false;
    }

    // Headless, offline and without a sandbox (tests run as root); a fresh profile each time.
    const QJsonArray arguments{QStringLiteral("--headless=new"),
                               QStringLiteral("--no-sandbox"),
                               QStringLiteral("--disable-gpu"),
                               QStringLiteral("--disable-background-networking"),
                               QStringLiteral("--disable-component-update"),
                               QStringLiteral("--no-first-run"),
                               QStringLiteral("--disable-sync"),
                               QStringLiteral("--disable-dev-shm-usage"),
                               QStringLiteral("--window-size=1400,1000"),
                               QStringLiteral("--user-data-dir=") + m_profile.path()};
    const QJsonObject chrome{
        {QStringLiteral("binary"), browser},
        {QStringLiteral("args"), arguments},
        {QStringLiteral("prefs"),
         QJsonObject{{QStringLiteral("download.default_directory"), downloadDir},
                     {QStringLiteral("download.prompt_for_download"), false}}}};
    const QJsonObject capabilities{
        {QStringLiteral("alwaysMatch"),
         QJsonObject{{QStringLiteral("browserName"), QStringLiteral("chrome")},
                     {QStringLiteral("goog:chromeOptions"), chrome}}}};
    const QJsonValue session = send("POST", m_base + QStringLiteral("/session"),
                                    QJsonObject{{QStringLiteral("capabilities"), capabilities}});
    m_session = session.toObject().value(QStringLiteral("sessionId")).toString();
    if (m_session.isEmpty()) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("no WebDriver session");
        return false;
    }
    // Headless Chromium saves downloads only where it is told to, through DevTools.
    command("POST", QStringLiteral("goog/cdp/execute"),
            QJsonObject{{QStringLiteral("cmd"), QStringLiteral("Browser.setDownloadBehavior")},
                        {QStringLiteral("params"),
                         QJsonObject{{QStringLiteral("behavior"), QStringLiteral("allow")},
                                     {QStringLiteral("downloadPath"), downloadDir}}}});
    return m_error.isEmpty();
}

QJsonValue WebDriver::send(const QByteArray &method, const QString &url, const QJsonObject &body)
{
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(CommandTimeoutMs);
    const QByteArray payload = method == "GET" || method == "DELETE"
                                   ? QByteArray()
                                   : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    const QJsonObject object = QJsonDocument::fromJson(answer).object();
    const QJsonValue value = object.value(QStringLiteral("value"));
    if (reply->error() != QNetworkReply::NoError ||
        value.toObject().contains(QStringLiteral("error"))) {
        m_error = QStringLiteral("%1 %2: %3")
                      .arg(QString::fromLatin1(method), url, QString::fromUtf8(answer.left(2000)));
        return QJsonValue(QJsonValue::Undefined);
    }
    return value;
}

QJsonValue WebDriver::command(const QByteArray &method, const QString &path,
                              const QJsonObject &body)
{
    const QString url = path.startsWith(QLatin1Char('/')) ? m_base + path
                                                          : m_base + QStringLiteral("/session/") +
                                                                m_session + QLatin1Char('/') + path;
    return send(method, url, body);
}

bool WebDriver::open(const QString &url)
{
    return !command("POST", QStringLiteral("url"), QJsonObject{{QStringLiteral("url"), url}})
                .isUndefined();
}

QJsonValue WebDriver::script(const QString &script, const QJsonArray &args)
{
    return command("POST", QStringLiteral("execute/sync"),
                   QJsonObject{{QStringLiteral("script"), script}, {QStringLiteral("args"), args}});
}

QString WebDriver::find(const QString &css)
{
    const QJsonObject element =
        command("POST", QStringLiteral("element"),
                QJsonObject{{QStringLiteral("using"), QStringLiteral("css selector")},
                            {QStringLiteral("value"), css}})
            .toObject();
    // The W3C element key.
    return element.value(QStringLiteral("element-6066-11e4-a52e-4f735466cecf")).toString();
}

bool WebDriver::click(const QString &css)
{
    const QString element = find(css);
    return !element.isEmpty() &&
           !command("POST", QStringLiteral("element/%1/click").arg(element)).isUndefined();
}

bool WebDriver::type(const QString &css, const QString &text)
{
    const QString element = find(css);
    return !element.isEmpty() && !command("POST", QStringLiteral("element/%1/value").arg(element),
                                          QJsonObject{{QStringLiteral("text"), text}})
                                      .isUndefined();
}

bool WebDriver::keys(const QString &keys)
{
    QJsonArray actions;
    for (const QChar key : keys) {
        actions.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("keyDown")},
                                   {QStringLiteral("value"), QString(key)}});
        actions.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("keyUp")},
                                   {QStringLiteral("value"), QString(key)}});
    }
    const QJsonArray sources{QJsonObject{{QStringLiteral("type"), QStringLiteral("key")},
                                         {QStringLiteral("id"), QStringLiteral("keyboard")},
                                         {QStringLiteral("actions"), actions}}};
    return !command("POST", QStringLiteral("actions"),
                    QJsonObject{{QStringLiteral("actions"), sources}})
                .isUndefined();
}

bool WebDriver::waitFor(const QString &condition, int timeoutMs)
{
    // Polling a browser that plays media in real time: the deadline is generous, the check is
    // the condition, not the time it took.
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (script(condition).toBool())
            return true;
        QThread::msleep(100);
    }
    return script(condition).toBool();
}

QByteArray WebDriver::screenshotPng()
{
    return QByteArray::fromBase64(
        command("GET", QStringLiteral("screenshot")).toString().toLatin1());
}

} // namespace ShotBrief::TestSupport
