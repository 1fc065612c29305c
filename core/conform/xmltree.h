// SPDX-License-Identifier: MIT
#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <vector>

namespace ShotBrief {

/// A small read-only element tree of an untrusted XML edit list (MLT, xmeml). Built by
/// parseXmlTree with QXmlStreamReader, which never loads external entities; a DOCTYPE may
/// name the document type but may not declare entities or hold an internal subset, nesting
/// is bounded, and so is the number of elements.
struct XmlElement
{
    QString name;
    QList<QPair<QString, QString>> attributes;
    QString text;                     ///< Character data directly inside, trimmed.
    std::vector<XmlElement> children; ///< std::vector: it may hold the incomplete type.
    int line = 0;

    QString attribute(const QString &key) const;
    const XmlElement *child(const QString &childName) const; ///< First such child, or null.
    QList<const XmlElement *> childrenNamed(const QString &childName) const;
    /// The trimmed text of the first such child; empty when there is none.
    QString childText(const QString &childName) const;
};

/// At most this many elements: an edit list of thousands of clips has a few hundred thousand.
inline constexpr int MaxXmlElements = 2'000'000;

/// Parses `bytes` into the tree of its root element. Errors name `fileName` and the line.
Result<XmlElement> parseXmlTree(const QByteArray &bytes, const QString &fileName, int maxDepth);
/// The same, refusing a document whose root element is not `rootName`.
Result<XmlElement> parseXmlDocument(const QByteArray &bytes, const QString &fileName,
                                    const QString &rootName, int maxDepth);

} // namespace ShotBrief
