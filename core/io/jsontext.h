// SPDX-License-Identifier: MIT
#pragma once

// Small JSON helpers around nlohmann_json that the project reader and writer share. Internal to
// core/io.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ShotBrief::JsonText {

/// Appends `text` (valid UTF-8) as a JSON string literal, quotes included.
void appendString(std::string &out, std::string_view text);

/// What the pre-scan found wrong, at which byte offset (0-based).
struct ScanProblem
{
    enum Kind { TooDeep, StringTooLong } kind;
    std::size_t offset;
};

/// One cheap pass over the bytes before any parser sees them: nesting depth and string length
/// are bounded here, so the parser, the capture of unknown keys and every later recursion work
/// on bounded input. Does not validate anything else (the parser does).
/// When `countKey` is given, `*count` receives the number of objects in the array that the
/// top-level object holds under that key (a capacity hint: lists are reserved once instead of
/// growing, which would briefly need the old and the new block together).
/// `objects`, when given, receives the number of objects in the whole text.
std::optional<ScanProblem> prescan(std::string_view bytes, int maxDepth, std::size_t maxString,
                                   std::string_view countKey = {}, std::size_t *count = nullptr,
                                   std::size_t *objects = nullptr);

/// Writes compact JSON from SAX-style calls: used to keep the keys a newer version wrote.
/// Float literals are kept exactly as they were written.
class CompactWriter
{
public:
    void clear()
    {
        m_out.clear();
        m_first.clear();
        m_afterKey = false;
    }
    bool empty() const { return m_out.empty(); }
    const std::string &text() const { return m_out; }
    std::string &text() { return m_out; }

    void null();
    void boolean(bool value);
    void integer(std::int64_t value);
    void unsignedInteger(std::uint64_t value);
    void floatLiteral(std::string_view literal);
    void string(std::string_view value);
    void startObject();
    void endObject();
    void startArray();
    void endArray();
    void key(std::string_view key);

private:
    void beforeValue();

    std::string m_out;
    std::vector<bool> m_first; ///< Per open container: nothing written in it yet.
    bool m_afterKey = false;
};

/// Parses JSON text into an ordered_json without nlohmann's duplicate-key search (which is
/// quadratic in the number of keys) and without exceptions. Nesting is bounded by `maxDepth`.
/// Returns false on any error.
bool parseOrdered(std::string_view text, nlohmann::ordered_json &out, int maxDepth);

/// Appends a member to an ordered_json object in O(1), bypassing the duplicate-key search:
/// the writer knows its keys are distinct.
void appendMember(nlohmann::ordered_json &object, std::string key, nlohmann::ordered_json value);

} // namespace ShotBrief::JsonText
