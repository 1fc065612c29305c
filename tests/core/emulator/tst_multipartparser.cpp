// SPDX-License-Identifier: MIT
#include "emulator/multipartparser.h"

#include <QTest>

using namespace ShotBrief;

class tst_MultipartParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boundary_data();
    void boundary();
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void limits();
    void binaryFileSurvives();
};

void tst_MultipartParser::boundary_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("boundary");
    QTest::newRow("bare") << QByteArray("multipart/form-data; boundary=abc") << QByteArray("abc");
    QTest::newRow("quoted") << QByteArray("multipart/form-data; boundary=\"a b:c\"")
                            << QByteArray("a b:c");
    QTest::newRow("upper case type and key")
        << QByteArray("Multipart/Form-Data; BOUNDARY=xyz") << QByteArray("xyz");
    QTest::newRow("charset first")
        << QByteArray("multipart/form-data; charset=utf-8; boundary=q1") << QByteArray("q1");
    QTest::newRow("undici style") << QByteArray(
                                         "multipart/form-data; boundary=----formdata-undici-0224")
                                  << QByteArray("----formdata-undici-0224");
    QTest::newRow("not multipart") << QByteArray("application/json; boundary=abc") << QByteArray();
    QTest::newRow("no boundary") << QByteArray("multipart/form-data") << QByteArray();
    QTest::newRow("empty boundary")
        << QByteArray("multipart/form-data; boundary=\"\"") << QByteArray();
}

void tst_MultipartParser::boundary()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, boundary);
    QCOMPARE(MultipartParser::boundary(contentType), boundary);
}

void tst_MultipartParser::parse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<QByteArray>>("values");
    QTest::addColumn<QStringList>("fileNames");

    QTest::newRow("crlf two fields")
        << QByteArray(
               "--B\r\nContent-Disposition: form-data; name=\"prompt\"\r\n\r\nhello\r\n"
               "--B\r\nContent-Disposition: form-data; name=\"size\"\r\n\r\n1280x720\r\n--B--\r\n")
        << QStringList{"prompt", "size"} << QList<QByteArray>{"hello", "1280x720"}
        << QStringList{QString(), QString()};
    QTest::newRow("bare lf")
        << QByteArray("--B\nContent-Disposition: form-data; name=\"a\"\n\none\n--B--\n")
        << QStringList{"a"} << QList<QByteArray>{"one"} << QStringList{QString()};
    QTest::newRow("preamble and epilogue")
        << QByteArray("ignore me\r\n--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nv\r\n"
                      "--B--\r\nepilogue --B\r\n")
        << QStringList{"a"} << QList<QByteArray>{"v"} << QStringList{QString()};
    QTest::newRow("boundary-like preamble, no parts")
        << QByteArray("--Bxyz\r\n\r\nv\r\n--B--") << QStringList{} << QList<QByteArray>{}
        << QStringList{};
    QTest::newRow("empty value")
        << QByteArray("--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n\r\n--B--")
        << QStringList{"a"} << QList<QByteArray>{""} << QStringList{QString()};
    QTest::newRow("value with CRLF and boundary-like text")
        << QByteArray("--B\r\nContent-Disposition: form-data; "
                      "name=\"p\"\r\n\r\nline1\r\nx--B\r\nline3\r\n--B--")
        << QStringList{"p"} << QList<QByteArray>{"line1\r\nx--B\r\nline3"}
        << QStringList{QString()};
    QTest::newRow("longer boundary-like line is data")
        << QByteArray(
               "--B\r\nContent-Disposition: form-data; name=\"p\"\r\n\r\na\r\n--Bar\r\n--B--")
        << QStringList{"p"} << QList<QByteArray>{"a\r\n--Bar"} << QStringList{QString()};
    QTest::newRow("quoted name with semicolon and escaped quote")
        << QByteArray(
               "--B\r\nContent-Disposition: form-data; name=\"a;b \\\"c\\\"\"\r\n\r\nv\r\n--B--")
        << QStringList{"a;b \"c\""} << QList<QByteArray>{"v"} << QStringList{QString()};
    QTest::newRow("unquoted name")
        << QByteArray("--B\r\nContent-Disposition: form-data; name=plain\r\n\r\nv\r\n--B--")
        << QStringList{"plain"} << QList<QByteArray>{"v"} << QStringList{QString()};
    QTest::newRow("file part")
        << QByteArray(
               "--B\r\nContent-Disposition: form-data; name=\"input_reference\"; "
               "filename=\"ref one.png\"\r\nContent-Type: image/png\r\n\r\nPNGDATA\r\n--B--\r\n")
        << QStringList{"input_reference"} << QList<QByteArray>{"PNGDATA"}
        << QStringList{"ref one.png"};
    QTest::newRow("rfc 5987 filename")
        << QByteArray("--B\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x.png\"; "
                      "filename*=UTF-8''%E5%A4%9C%E5%B8%82.png\r\n\r\nD\r\n--B--")
        << QStringList{"f"} << QList<QByteArray>{"D"} << QStringList{QStringLiteral("夜市.png")};
    QTest::newRow("utf8 value") << QByteArray(
                                       "--B\r\nContent-Disposition: form-data; "
                                       "name=\"prompt\"\r\n\r\n\xe5\xa4\x9c\xe5\xb8\x82\r\n--B--")
                                << QStringList{"prompt"}
                                << QList<QByteArray>{"\xe5\xa4\x9c\xe5\xb8\x82"}
                                << QStringList{QString()};
    QTest::newRow("header case and padding")
        << QByteArray(
               "--B  \r\ncontent-disposition:form-data;name=\"a\"\r\nX-Other: 1\r\n\r\nv\r\n--B--")
        << QStringList{"a"} << QList<QByteArray>{"v"} << QStringList{QString()};
}

void tst_MultipartParser::parse()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, names);
    QFETCH(QList<QByteArray>, values);
    QFETCH(QStringList, fileNames);
    const auto parts = MultipartParser::parse("multipart/form-data; boundary=B", body);
    QVERIFY2(parts, parts ? "" : qPrintable(parts.error().message));
    QCOMPARE(parts->size(), names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        QCOMPARE(parts->at(i).name, names.at(i));
        QCOMPARE(parts->at(i).data, values.at(i));
        QCOMPARE(parts->at(i).fileName, fileNames.at(i));
        QCOMPARE(parts->at(i).isFile, !fileNames.at(i).isEmpty());
    }
}

void tst_MultipartParser::rejects_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    const QByteArray ct = "multipart/form-data; boundary=B";
    QTest::newRow("no boundary param")
        << QByteArray("multipart/form-data") << QByteArray("--B\r\n\r\n--B--");
    QTest::newRow("boundary absent from body") << ct << QByteArray("hello");
    QTest::newRow("no closing boundary")
        << ct << QByteArray("--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue");
    QTest::newRow("no blank line after headers")
        << ct << QByteArray("--B\r\nContent-Disposition: form-data; name=\"a\"\r\n--B--");
    QTest::newRow("part without name")
        << ct << QByteArray("--B\r\nContent-Disposition: form-data\r\n\r\nv\r\n--B--");
    QTest::newRow("part without disposition")
        << ct << QByteArray("--B\r\nContent-Type: text/plain\r\n\r\nv\r\n--B--");
    QTest::newRow("malformed header line")
        << ct << QByteArray("--B\r\nno colon here\r\n\r\nv\r\n--B--");
}

void tst_MultipartParser::rejects()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    const auto parts = MultipartParser::parse(contentType, body);
    QVERIFY2(!parts, "must be rejected");
    QVERIFY2(!parts.error().message.isEmpty(), "with a message");
}

void tst_MultipartParser::limits()
{
    MultipartLimits limits;
    limits.maxParts = 2;
    limits.maxPartBytes = 10;
    limits.maxBodyBytes = 1000;
    const QByteArray ct = "multipart/form-data; boundary=B";
    auto part = [](const QByteArray &name, const QByteArray &value) {
        return "--B\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value +
               "\r\n";
    };
    QVERIFY(MultipartParser::parse(ct, part("a", "1") + part("b", "2") + "--B--", limits));
    QVERIFY2(!MultipartParser::parse(ct, part("a", "1") + part("b", "2") + part("c", "3") + "--B--",
                                     limits),
             "too many parts");
    QVERIFY2(!MultipartParser::parse(ct, part("a", QByteArray(11, 'x')) + "--B--", limits),
             "part too big");
    QVERIFY2(!MultipartParser::parse(ct, part("a", "1") + QByteArray(1000, ' ') + "--B--", limits),
             "body too big");
}

void tst_MultipartParser::binaryFileSurvives()
{
    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary.append(char(i * 7 % 256));
    binary.append("\r\n--B"); // looks like a boundary but is not at a line start after CRLF+--B\r\n
    binary.append("\r\n-");
    const QByteArray body =
        "--B\r\nContent-Disposition: form-data; name=\"f\"; filename=\"b.bin\"\r\n"
        "Content-Type: application/octet-stream\r\n\r\n" +
        binary + "\r\n--B--\r\n";
    // "\r\n--B" inside the data is a real delimiter by the RFC, so a sender must pick a
    // boundary that does not occur; check the parser splits there and keeps every byte before.
    const auto parts = MultipartParser::parse("multipart/form-data; boundary=B", body);
    QVERIFY2(!parts, "an unescaped boundary inside data ends the part and leaves garbage");
    const QByteArray safe =
        "--SAFE\r\nContent-Disposition: form-data; name=\"f\"; filename=\"b.bin\"\r\n\r\n" +
        binary + "\r\n--SAFE--\r\n";
    const auto ok = MultipartParser::parse("multipart/form-data; boundary=SAFE", safe);
    QVERIFY2(ok, ok ? "" : qPrintable(ok.error().message));
    QCOMPARE(ok->first().data, binary);
}

QTEST_GUILESS_MAIN(tst_MultipartParser)
#include "tst_multipartparser.moc"
