// SPDX-License-Identifier: MIT
#include "apierror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace ShotBrief {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct ApiErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ApiError)
};

bool looksLikeModeration(const QString &code, const QString &message)
{
    const QString both = (code + QLatin1Char(' ') + message).toLower();
    return both.contains(QLatin1String("moderation")) || both.contains(QLatin1String("policy")) ||
           both.contains(QLatin1String("safety"));
}

} // namespace

bool ApiError::isTransient() const
{
    if (retryRefused)
        return false;
    switch (kind) {
    case ApiErrorKind::Network:
    case ApiErrorKind::Timeout:
    case ApiErrorKind::RateLimited:
    case ApiErrorKind::Server:
    case ApiErrorKind::Conflict:
        return true;
    default:
        return false;
    }
}

ApiError ApiError::make(ApiErrorKind kind, const QString &message)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    return error;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body)
{
    ApiError error;
    error.httpStatus = status;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (document.isObject()) {
        const QJsonValue inner = document.object().value(QLatin1String("error"));
        const QJsonObject object = inner.isObject() ? inner.toObject() : document.object();
        error.serverMessage = object.value(QLatin1String("message")).toString();
        error.type = object.value(QLatin1String("type")).toString();
        error.param = object.value(QLatin1String("param")).toString();
        const QJsonValue code = object.value(QLatin1String("code"));
        error.code = code.isDouble() ? QString::number(code.toInt()) : code.toString();
    }
    const QString detail = error.serverMessage.isEmpty()
                               ? QString()
                               : QStringLiteral(" (%1)").arg(error.serverMessage.left(300));

    if (status == 401) {
        error.kind = ApiErrorKind::Unauthorized;
        error.message =
            ApiErrorText::tr("The provider rejected the API key (401). Check the key in the "
                             "environment or the keychain for this provider profile.");
    } else if (status == 403) {
        error.kind = ApiErrorKind::Forbidden;
        error.message =
            ApiErrorText::tr("The provider refused access (403): the organisation may not be "
                             "verified for video generation, or the key lacks permission.") +
            detail;
    } else if (status == 400 || status == 422) {
        error.kind = looksLikeModeration(error.code, error.serverMessage)
                         ? ApiErrorKind::Moderation
                         : ApiErrorKind::InvalidRequest;
        if (error.kind == ApiErrorKind::Moderation)
            error.message =
                ApiErrorText::tr("The request was blocked by the provider's content rules: %1")
                    .arg(error.serverMessage);
        else if (!error.param.isEmpty())
            error.message = ApiErrorText::tr("The provider refused the parameter \"%1\"%2.")
                                .arg(error.param, detail);
        else
            error.message = ApiErrorText::tr("The provider refused the request%1.").arg(detail);
    } else if (status == 404 || status == 410) {
        error.kind = ApiErrorKind::NotFound;
        error.message =
            ApiErrorText::tr("The provider does not know this video (404): it may have expired "
                             "or been deleted.");
    } else if (status == 408) {
        error.kind = ApiErrorKind::Timeout;
        error.message = ApiErrorText::tr("The provider timed out (408). Try again later.");
    } else if (status == 409) {
        error.kind = ApiErrorKind::Conflict;
        error.message =
            ApiErrorText::tr("The provider reported a conflict (409). Try again later.") + detail;
    } else if (status == 413) {
        error.kind = ApiErrorKind::InvalidRequest;
        error.message =
            ApiErrorText::tr("The request is too large for the provider (413): use a smaller "
                             "reference image.");
    } else if (status == 429) {
        error.kind = ApiErrorKind::RateLimited;
        error.message =
            ApiErrorText::tr("The provider is rate limiting (429): too many requests or too many "
                             "running jobs. ShotBrief waits and tries again.") +
            detail;
    } else if (status >= 500) {
        error.kind = ApiErrorKind::Server;
        error.message =
            ApiErrorText::tr("The provider has server trouble (HTTP %1). Try again later.")
                .arg(status);
    } else {
        error.kind = ApiErrorKind::Other;
        error.message = ApiErrorText::tr("Unexpected answer from the provider (HTTP %1)%2.")
                            .arg(status)
                            .arg(detail);
    }
    return error;
}

ApiError ApiError::fromJobFailure(const QString &code, const QString &message)
{
    ApiError error;
    error.code = code;
    error.serverMessage = message;
    if (looksLikeModeration(code, message)) {
        error.kind = ApiErrorKind::Moderation;
        error.message =
            ApiErrorText::tr("Blocked by the provider's content rules: %1. Change the shot's "
                             "prompt (no real people, copyrighted characters or music) and retry.")
                .arg(message.isEmpty() ? code : message);
    } else {
        error.kind = ApiErrorKind::JobFailed;
        error.message = ApiErrorText::tr("The provider could not generate this take: %1")
                            .arg(message.isEmpty() ? code : message);
    }
    return error;
}

QString redactSecret(QString text, const QString &secret)
{
    if (secret.size() < 4)
        return text;
    text.replace(secret, QStringLiteral("***"));
    return text;
}

} // namespace ShotBrief
