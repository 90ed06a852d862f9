#include "growth/ZScoreRows.h"

#include "growth/ChildZScores.h"
#include "growth/Who2007ZScores.h"

#include <optional>
#include <vector>

namespace {
constexpr double NaN = ChildInput::Missing;

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

std::string lower(std::string_view text)
{
    std::string result(text);
    for (char &c : result)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return result;
}

bool isMissing(std::string_view text)
{
    return text.empty() || text == "NA" || text == "na" || text == "." || text == "-";
}

// A number written with a decimal point or, as Indonesian spreadsheets do, a decimal comma.
// "12.34" or "12,34" with at most 15 digits: the digits as an integer divided by a power of ten
// is exact and correctly rounded, the same double strtod gives, at a fraction of its cost.
std::optional<double> parseSimpleDecimal(std::string_view text)
{
    static constexpr double Powers[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    std::size_t i = 0;
    const bool negative = !text.empty() && (text[0] == '-' || text[0] == '+') ? text[i++] == '-' : false;
    long long mantissa = 0;
    int digits = 0;
    int decimals = -1;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            mantissa = mantissa * 10 + (c - '0');
            if (++digits > 15)
                return std::nullopt;
            if (decimals >= 0)
                ++decimals;
        } else if ((c == '.' || c == ',') && decimals < 0) {
            decimals = 0;
        } else {
            return std::nullopt;
        }
    }
    if (digits == 0)
        return std::nullopt;
    const double value = double(mantissa) / Powers[decimals < 0 ? 0 : decimals];
    return negative ? -value : value;
}

std::optional<double> parseNumber(std::string_view text)
{
    text = trimmed(text);
    if (isMissing(text))
        return NaN;
    if (auto simple = parseSimpleDecimal(text))
        return simple;
    char buffer[64];
    if (text.size() >= sizeof buffer)
        return std::nullopt;
    std::size_t n = 0;
    for (char c : text)
        buffer[n++] = c == ',' ? '.' : c;
    double value = 0;
    const char *begin = buffer[0] == '+' ? buffer + 1 : buffer;
    const auto [end, error] = std::from_chars(begin, buffer + n, value);
    if (error != std::errc() || end != buffer + n)
        return std::nullopt;
    return value;
}

std::optional<int> parseSex(std::string_view text)
{
    const std::string value = lower(trimmed(text));
    if (isMissing(value))
        return 0;
    if (value == "1" || value == "m" || value == "l")
        return 1;
    if (value == "2" || value == "f" || value == "p")
        return 2;
    return std::nullopt;
}

std::optional<char> parseMeasure(std::string_view text)
{
    const std::string value = lower(trimmed(text));
    if (isMissing(value))
        return char(0);
    if (value == "l" || value == "terlentang")
        return 'l';
    if (value == "h" || value == "berdiri")
        return 'h';
    return std::nullopt;
}

std::optional<bool> parseOedema(std::string_view text)
{
    const std::string value = lower(trimmed(text));
    if (isMissing(value) || value == "n" || value == "2" || value == "tidak")
        return false;
    if (value == "y" || value == "1" || value == "ya")
        return true;
    return std::nullopt;
}

}

int ZScoreRows::process(CsvReader &reader, const ZScoreColumns &columns, CsvOutput &output, QStringList &problems)
{
    int rows = 0;
    std::vector<std::string_view> fields;
    while (reader.next(fields)) {
        ++rows;
        QStringList rowProblems;
        auto cell = [&fields](int index) { return index >= 0 && std::size_t(index) < fields.size() ? fields[std::size_t(index)] : std::string_view(); };
        auto numberAt = [&](int index, const char *name) {
            auto value = parseNumber(cell(index));
            if (!value) {
                rowProblems.append(tr("%1 '%2' is not a number").arg(QLatin1String(name), QString::fromUtf8(cell(index).data(), int(cell(index).size()))));
                return NaN;
            }
            if (*value < 0 && std::string_view(name) == "age") {
                rowProblems.append(tr("age %1 is negative").arg(*value));
                return NaN;
            }
            return *value;
        };
        const auto sex = parseSex(cell(columns.sex));
        if (!sex)
            rowProblems.append(tr("sex '%1' is not 1/2, m/f or L/P").arg(QString::fromUtf8(cell(columns.sex).data(), int(cell(columns.sex).size()))));
        const auto oedema = parseOedema(cell(columns.oedema));
        if (!oedema)
            rowProblems.append(tr("oedema '%1' is not n or y").arg(QString::fromUtf8(cell(columns.oedema).data(), int(cell(columns.oedema).size()))));
        const double age = numberAt(columns.age, "age");
        const double weight = numberAt(columns.weight, "weight");
        const double height = numberAt(columns.height, columns.who2007 ? "height" : "lenhei");
        if (fields.size() != columns.count)
            rowProblems.append(tr("%1 fields where the header has %2").arg(fields.size()).arg(columns.count));

        for (std::size_t i = 0; i < columns.count; ++i)
            output.field(i < fields.size() ? fields[i] : std::string_view());

        if (columns.who2007) {
            Who2007Input in;
            in.sex = sex.value_or(0);
            in.ageMonths = age;
            in.height = height;
            in.weight = weight;
            in.oedema = oedema.value_or(false);
            const Who2007Result r = rowProblems.isEmpty() ? Who2007ZScores::compute(in) : Who2007Result{};
            output.number(rowProblems.isEmpty() ? r.cbmi : NaN);
            for (const IndexResult *index : {&r.heightForAge, &r.weightForAge, &r.bmiForAge}) {
                output.zscore(index->z);
                output.flag(index->flag);
            }
        } else {
            const auto measure = parseMeasure(cell(columns.measure));
            if (!measure)
                rowProblems.append(tr("measure '%1' is not L or H").arg(QString::fromUtf8(cell(columns.measure).data(), int(cell(columns.measure).size()))));
            ChildInput in;
            in.sex = sex.value_or(0);
            in.age = age;
            in.ageInMonths = columns.ageInMonths;
            in.weight = weight;
            in.lenhei = height;
            in.measure = measure.value_or(0);
            in.oedema = oedema.value_or(false);
            in.headc = numberAt(columns.headc, "headc");
            in.armc = numberAt(columns.armc, "armc");
            in.triskin = numberAt(columns.triskin, "triskin");
            in.subskin = numberAt(columns.subskin, "subskin");
            if (rowProblems.isEmpty()) {
                const ChildResult r = ChildZScores::compute(in);
                output.number(r.clenhei);
                output.field(r.cmeasure ? std::string_view(&r.cmeasure, 1) : std::string_view("NA"));
                output.flag(r.c9moFlag);
                output.number(r.cbmi);
                output.number(r.csex ? double(r.csex) : NaN);
                for (const IndexResult &index : r.index) {
                    output.zscore(index.z);
                    output.flag(index.flag);
                }
            } else {
                for (int i = 0; i < Who2006Columns; ++i)
                    output.number(NaN);
            }
        }
        output.endRow();
        if (!rowProblems.isEmpty())
            problems.append(tr("line %1: %2; written with NA").arg(reader.lineNumber()).arg(rowProblems.join(QStringLiteral(", "))));
    }
    return rows;
}
