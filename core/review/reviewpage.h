// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <nlohmann/json_fwd.hpp>

namespace ShotBrief {

/// The review page of a package: resources/review/index.html with its style sheet and script
/// inlined (allowed by their hashes in a strict Content-Security-Policy), and the package's
/// data embedded as a <script type="application/json"> block.
namespace ReviewPage {

/// The page's words in the current interface language (tr(), context ShotBrief::ReviewPage),
/// keyed as the script asks for them.
nlohmann::ordered_json strings();

/// `json` (UTF-8 JSON text) made safe inside a <script> element: "<", ">", "&", U+2028 and
/// U+2029 become \u escapes, which JSON reads back as the same characters. No "</script>" or
/// "<!--" can appear in the result.
QByteArray embeddableJson(const QByteArray &json);

/// The complete index.html. `dataJson` is the package data (see ReviewPackage), `language` a
/// BCP 47 tag ("en", "zh-CN", "ja"), `title` the document title (plain text).
QByteArray html(const QByteArray &dataJson, const QString &language, const QString &title);

/// The Content-Security-Policy html() puts in the page: nothing may be fetched from anywhere
/// but the package's own folder, and only the page's own script and style run.
QByteArray contentSecurityPolicy(const QByteArray &script, const QByteArray &style);

} // namespace ReviewPage

} // namespace ShotBrief
