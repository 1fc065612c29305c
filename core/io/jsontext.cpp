// SPDX-License-Identifier: MIT
#include "jsontext.h"

#include <charconv>
#include <cstring>

namespace ShotBrief::JsonText {

void appendString(std::string &out, std::string_view text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.reserve(out.size() + text.size() + 2);
    out.push_back('"');
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (u < 0x20) {
                out.append("\\u00");
                out.push_back(hex[u >> 4]);
                out.push_back(hex[u & 0xf]);
            } else {
                out.push_back(c);
            }
        }
    }
    out.push_back('"');
}

std::optional<ScanProblem> prescan(std::string_view bytes, int maxDepth, std::size_t maxString,
                                   std::string_view countKey, std::size_t *count,
                                   std::size_t *objects)
{
    const char *const begin = bytes.data();
    const char *const end = begin + bytes.size();
    int depth = 0;
    std::string_view lastTopLevelString;
    bool counting = false;
    std::size_t objectCount = 0;
    if (count)
        *count = 0;
    for (const char *p = begin; p < end; ++p) {
        switch (*p) {
        case '"': {
            // Find the closing quote: a quote preceded by an even run of backslashes. memchr
            // keeps this pass far cheaper than the parse it protects.
            const char *const open = p;
            const char *q = p + 1;
            for (;;) {
                q = static_cast<const char *>(std::memchr(q, '"', std::size_t(end - q)));
                if (!q)
                    break;
                std::size_t slashes = 0;
                while (q - slashes - 1 > open && q[-std::ptrdiff_t(slashes) - 1] == '\\')
                    ++slashes;
                if (slashes % 2 == 0)
                    break;
                ++q;
            }
            const char *const close = q ? q : end;
            if (std::size_t(close - open - 1) > maxString)
                return ScanProblem{ScanProblem::StringTooLong, std::size_t(open - begin)};
            if (!q)
                return std::nullopt; // Unterminated: the parser words that better.
            if (depth == 1)
                lastTopLevelString = std::string_view(open + 1, std::size_t(q - open - 1));
            p = q;
            break;
        }
        case '[':
        case '{':
            if (depth == 1 && *p == '[' && count && lastTopLevelString == countKey)
                counting = true;
            else if (depth == 2 && *p == '{' && counting)
                ++*count;
            objectCount += *p == '{' ? 1 : 0;
            if (++depth > maxDepth)
                return ScanProblem{ScanProblem::TooDeep, std::size_t(p - begin)};
            break;
        case ']':
        case '}':
            if (--depth == 1)
                counting = false;
            break;
        default:
            break;
        }
    }
    if (objects)
        *objects = objectCount;
    return std::nullopt;
}

void CompactWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            m_out.push_back(',');
        m_first.back() = false;
    }
}

void CompactWriter::null()
{
    beforeValue();
    m_out.append("null");
}

void CompactWriter::boolean(bool value)
{
    beforeValue();
    m_out.append(value ? "true" : "false");
}

void CompactWriter::integer(std::int64_t value)
{
    beforeValue();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    m_out.append(buffer, result.ptr);
}

void CompactWriter::unsignedInteger(std::uint64_t value)
{
    beforeValue();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    m_out.append(buffer, result.ptr);
}

void CompactWriter::floatLiteral(std::string_view literal)
{
    beforeValue();
    m_out.append(literal);
}

void CompactWriter::string(std::string_view value)
{
    beforeValue();
    appendString(m_out, value);
}

void CompactWriter::startObject()
{
    beforeValue();
    m_out.push_back('{');
    m_first.push_back(true);
}

void CompactWriter::endObject()
{
    m_out.push_back('}');
    if (!m_first.empty()) // A capture may start inside a container it did not see open.
        m_first.pop_back();
}

void CompactWriter::startArray()
{
    beforeValue();
    m_out.push_back('[');
    m_first.push_back(true);
}

void CompactWriter::endArray()
{
    m_out.push_back(']');
    if (!m_first.empty()) // A capture may start inside a container it did not see open.
        m_first.pop_back();
}

void CompactWriter::key(std::string_view key)
{
    beforeValue();
    appendString(m_out, key);
    m_out.push_back(':');
    m_afterKey = true;
}

void appendMember(nlohmann::ordered_json &object, std::string key, nlohmann::ordered_json value)
{
    if (!object.is_object())
        object = nlohmann::ordered_json::object();
    auto &members = object.get_ref<nlohmann::ordered_json::object_t &>();
    static_cast<nlohmann::ordered_json::object_t::Container &>(members).emplace_back(
        std::move(key), std::move(value));
}

namespace {

/// Builds an ordered_json like nlohmann's DOM parser, but appends object members directly.
class OrderedBuilder
{
public:
    using Json = nlohmann::ordered_json;

    explicit OrderedBuilder(Json &root)
        : m_root(root)
    {}

    bool null() { return value(Json(nullptr)); }
    bool boolean(bool v) { return value(Json(v)); }
    bool number_integer(Json::number_integer_t v) { return value(Json(v)); }
    bool number_unsigned(Json::number_unsigned_t v) { return value(Json(v)); }
    bool number_float(Json::number_float_t v, const Json::string_t &) { return value(Json(v)); }
    bool string(Json::string_t &v) { return value(Json(std::move(v))); }
    bool binary(Json::binary_t &) { return false; }
    bool start_object(std::size_t) { return open(Json::object()); }
    bool start_array(std::size_t) { return open(Json::array()); }
    bool end_object()
    {
        m_stack.pop_back();
        return true;
    }
    bool end_array()
    {
        m_stack.pop_back();
        return true;
    }
    bool key(Json::string_t &k)
    {
        m_key = std::move(k);
        return true;
    }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &)
    {
        return false;
    }

private:
    Json *place(Json &&v)
    {
        if (m_stack.empty()) {
            m_root = std::move(v);
            return &m_root;
        }
        Json &parent = *m_stack.back();
        if (parent.is_array()) {
            parent.get_ref<Json::array_t &>().push_back(std::move(v));
            return &parent.get_ref<Json::array_t &>().back();
        }
        auto &members =
            static_cast<Json::object_t::Container &>(parent.get_ref<Json::object_t &>());
        members.emplace_back(std::move(m_key), std::move(v));
        return &members.back().second;
    }
    bool value(Json &&v)
    {
        place(std::move(v));
        return true;
    }
    bool open(Json &&v)
    {
        m_stack.push_back(place(std::move(v)));
        return true;
    }

    Json &m_root;
    std::vector<Json *> m_stack;
    std::string m_key;
};

} // namespace

bool parseOrdered(std::string_view text, nlohmann::ordered_json &out, int maxDepth)
{
    if (prescan(text, maxDepth, text.size()))
        return false;
    nlohmann::ordered_json result;
    OrderedBuilder builder(result);
    if (!nlohmann::ordered_json::sax_parse(text.begin(), text.end(), &builder))
        return false;
    out = std::move(result);
    return true;
}

} // namespace ShotBrief::JsonText
