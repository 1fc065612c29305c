// SPDX-License-Identifier: MIT
#include "xmltree.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace ShotBrief {

namespace {

struct XmlText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::Conform)
};

Error xmlError(const QString &fileName, qint64 line, qint64 column, const QString &message)
{
    Error error;
    error.file = fileName;
    error.line = int(line);
    error.column = int(column);
    error.message = message;
    return error;
}

} // namespace

QString XmlElement::attribute(const QString &key) const
{
    for (const auto &[k, v] : attributes) {
        if (k == key)
            return v;
    }
    return {};
}

const XmlElement *XmlElement::child(const QString &childName) const
{
    for (const XmlElement &c : children) {
        if (c.name == childName)
            return &c;
    }
    return nullptr;
}

QList<const XmlElement *> XmlElement::childrenNamed(const QString &childName) const
{
    QList<const XmlElement *> list;
    for (const XmlElement &c : children) {
        if (c.name == childName)
            list.append(&c);
    }
    return list;
}

QString XmlElement::childText(const QString &childName) const
{
    const XmlElement *c = child(childName);
    return c ? c->text : QString();
}

Result<XmlElement> parseXmlTree(const QByteArray &bytes, const QString &fileName, int maxDepth)
{
    QXmlStreamReader xml(bytes);
    std::vector<XmlElement> stack; // the open elements, the root first
    XmlElement root;
    bool haveRoot = false;
    int elements = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        switch (token) {
        case QXmlStreamReader::DTD:
            if (!xml.entityDeclarations().isEmpty() || !xml.notationDeclarations().isEmpty() ||
                xml.text().contains(QLatin1Char('[')))
                return xmlError(fileName, xml.lineNumber(), xml.columnNumber(),
                                XmlText::tr("the document type declares entities or an internal "
                                            "subset, which ShotBrief does not read"));
            break;
        case QXmlStreamReader::EntityReference:
            return xmlError(
                fileName, xml.lineNumber(), xml.columnNumber(),
                XmlText::tr("entity references are not read (&%1;)").arg(xml.name().toString()));
        case QXmlStreamReader::StartElement: {
            if (haveRoot && stack.empty())
                return xmlError(fileName, xml.lineNumber(), xml.columnNumber(),
                                XmlText::tr("more than one root element"));
            if (int(stack.size()) >= maxDepth)
                return xmlError(fileName, xml.lineNumber(), xml.columnNumber(),
                                XmlText::tr("elements nested deeper than %1").arg(maxDepth));
            if (++elements > MaxXmlElements)
                return xmlError(fileName, xml.lineNumber(), xml.columnNumber(),
                                XmlText::tr("more than %1 elements").arg(MaxXmlElements));
            XmlElement element;
            element.name = xml.name().toString();
            element.line = int(xml.lineNumber());
            const QXmlStreamAttributes attributes = xml.attributes();
            element.attributes.reserve(attributes.size());
            for (const QXmlStreamAttribute &a : attributes)
                element.attributes.append({a.name().toString(), a.value().toString()});
            stack.push_back(std::move(element));
            break;
        }
        case QXmlStreamReader::EndElement: {
            XmlElement done = std::move(stack.back());
            stack.pop_back();
            done.text = done.text.trimmed();
            if (stack.empty()) {
                root = std::move(done);
                haveRoot = true;
            } else {
                stack.back().children.push_back(std::move(done));
            }
            break;
        }
        case QXmlStreamReader::Characters:
            if (!stack.empty() && !xml.isWhitespace())
                stack.back().text += xml.text();
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        return xmlError(fileName, xml.lineNumber(), xml.columnNumber(),
                        XmlText::tr("malformed XML: %1").arg(xml.errorString()));
    if (!haveRoot)
        return xmlError(fileName, 0, 0, XmlText::tr("no XML element in the file"));
    return root;
}

Result<XmlElement> parseXmlDocument(const QByteArray &bytes, const QString &fileName,
                                    const QString &rootName, int maxDepth)
{
    Result<XmlElement> tree = parseXmlTree(bytes, fileName, maxDepth);
    if (tree && tree->name != rootName)
        return xmlError(
            fileName, tree->line, 0,
            XmlText::tr("expected an <%1> document, got <%2>").arg(rootName, tree->name));
    return tree;
}

} // namespace ShotBrief
