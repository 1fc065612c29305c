// SPDX-License-Identifier: MIT
#include "videoprovider.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace ShotBrief {

void finishCreateWithoutJobList(ProviderReply *reply, const ProviderHttp::Response &response,
                                const CreateVideoRequest &request, const QDateTime &sentAt,
                                const QString &unknownOutcome)
{
    const QString id =
        response.ok()
            ? QJsonDocument::fromJson(response.body).object().value(QLatin1String("id")).toString()
            : QString();
    if (!response.ok() && !response.error.outcomeUnknown) {
        reply->finishWithError(response.error);
        return;
    }
    if (id.isEmpty()) {
        // Nothing to reconcile against: fail the take with what the user must do.
        ApiError error = response.ok() ? ApiError() : response.error;
        error.outcomeUnknown = false;
        error.kind = ApiErrorKind::Other;
        error.code = outcomeUnknownCode();
        error.message = unknownOutcome;
        error.httpStatus = response.status;
        reply->finishWithError(error);
        return;
    }
    reply->finishWithJob(request.acceptedAs(id, sentAt));
}

ProviderReply *VideoProvider::listModels()
{
    return ProviderReply::failedLater(
        ProviderReply::Kind::Models,
        ApiError::make(ApiErrorKind::Other,
                       QCoreApplication::translate(
                           "ShotBrief::VideoProvider",
                           "\"%1\" has no model catalog: its models are typed in its profile.")
                           .arg(name())),
        this);
}

} // namespace ShotBrief
