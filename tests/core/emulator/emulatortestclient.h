// SPDX-License-Identifier: MIT
// A tiny synchronous HTTP client for the emulator tests (QNetworkAccessManager + QSignalSpy).
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>
#include <QUrl>

namespace ShotBrief::Testing {

struct TestReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool finished = false;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QString errorParam() const
    {
        return json()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("param"))
            .toString();
    }
    QString errorCode() const
    {
        return json()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
};

class TestClient
{
public:
    explicit TestClient(const QUrl &base, const QByteArray &key = "test-key")
        : m_base(base)
        , m_key(key)
    {}

    QUrl url(const QString &path) const
    {
        QUrl u = m_base;
        const qsizetype q = path.indexOf(QLatin1Char('?'));
        u.setPath(m_base.path() + (q < 0 ? path : path.left(q)));
        if (q >= 0)
            u.setQuery(path.mid(q + 1));
        return u;
    }

    QNetworkRequest request(const QString &path,
                            const QList<QPair<QByteArray, QByteArray>> &headers = {}) const
    {
        QNetworkRequest r(url(path));
        if (!m_key.isEmpty())
            r.setRawHeader("Authorization", "Bearer " + m_key);
        for (const auto &h : headers)
            r.setRawHeader(h.first, h.second);
        return r;
    }

    TestReply wait(QNetworkReply *reply, int timeoutMs = 20000)
    {
        TestReply out;
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            spy.wait(timeoutMs);
        out.finished = reply->isFinished();
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.error = reply->error();
        out.body = reply->readAll();
        out.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return out;
    }

    TestReply get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return wait(m_nam.get(request(path, headers)));
    }
    TestReply del(const QString &path) { return wait(m_nam.deleteResource(request(path))); }
    TestReply postJson(const QString &path, const QJsonObject &body,
                       const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return postRaw(path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
                       headers);
    }
    TestReply postRaw(const QString &path, const QByteArray &body, const QByteArray &contentType,
                      const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest r = request(path, headers);
        if (!contentType.isEmpty())
            r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        return wait(m_nam.post(r, body));
    }
    /// Multipart create the way the SDKs send it: text fields plus an optional file part.
    TestReply postMultipart(const QString &path, const QList<QPair<QByteArray, QByteArray>> &fields,
                            const QByteArray &fileField = {}, const QByteArray &fileData = {},
                            const QByteArray &fileType = {}, const QString &fileName = {},
                            const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        for (const auto &f : fields) {
            QHttpPart part;
            part.setHeader(QNetworkRequest::ContentDispositionHeader,
                           QByteArray("form-data; name=\"") + f.first + '"');
            part.setBody(f.second);
            multi->append(part);
        }
        if (!fileField.isEmpty()) {
            QHttpPart part;
            part.setHeader(QNetworkRequest::ContentDispositionHeader,
                           QByteArray("form-data; name=\"") + fileField + "\"; filename=\"" +
                               fileName.toUtf8() + '"');
            if (!fileType.isEmpty())
                part.setHeader(QNetworkRequest::ContentTypeHeader, fileType);
            part.setBody(fileData);
            multi->append(part);
        }
        QNetworkReply *reply = m_nam.post(request(path, headers), multi);
        multi->setParent(reply);
        return wait(reply);
    }

    QNetworkAccessManager &nam() { return m_nam; }

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QByteArray m_key;
};

/// GETs `path` until the answer's `field` is one of `finalValues` (or `timeoutMs` passes, the
/// emulator renders in real time); the last answer.
inline QJsonObject pollUntil(TestClient &client, const QString &path, const QString &field,
                             const QStringList &finalValues,
                             const QList<QPair<QByteArray, QByteArray>> &headers = {},
                             int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    QJsonObject answer;
    while (timer.elapsed() < timeoutMs) {
        answer = client.get(path, headers).json();
        if (finalValues.contains(answer.value(field).toString()))
            return answer;
        QTest::qWait(50);
    }
    return answer;
}

} // namespace ShotBrief::Testing
