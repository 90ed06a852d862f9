#include "growth/ZScoreCsv.h"

#include "growth/ChildZScores.h"
#include "growth/Who2007ZScores.h"
#include "importing/CsvReader.h"

#include <charconv>
#include <cmath>
#include <cstdio>
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
std::optional<double> parseNumber(std::string_view text)
{
    text = trimmed(text);
    if (isMissing(text))
        return NaN;
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

// At most 15 significant digits, as R writes numbers ("%.15g"), but without printf's cost: the
// shortest exact form when it is short enough, else the value rounded to 15 digits.
std::string_view fifteenDigits(double value, char (&buffer)[40])
{
    auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    int significant = 0;
    bool leading = true;
    for (char *c = buffer; c != end && *c != 'e'; ++c) {
        if (*c >= '1' && *c <= '9')
            leading = false;
        if (!leading && *c >= '0' && *c <= '9')
            ++significant;
    }
    const double magnitude = std::fabs(value);
    if (significant <= 15 || magnitude < 1e-4 || magnitude >= 1e14) {
        if (significant > 15)
            end = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 15).ptr;
        return std::string_view(buffer, std::size_t(end - buffer));
    }
    int decimals = 14 - int(std::floor(std::log10(magnitude)));
    long long scaled = std::llround(magnitude * std::pow(10.0, decimals));
    while (scaled % 10 == 0 && decimals > 0) {
        scaled /= 10;
        --decimals;
    }
    char digits[24];
    const int count = int(std::to_chars(digits, digits + sizeof digits, scaled).ptr - digits);
    char *out = buffer;
    if (value < 0)
        *out++ = '-';
    if (count <= decimals) {
        *out++ = '0';
        *out++ = '.';
        for (int i = count; i < decimals; ++i)
            *out++ = '0';
        for (int i = 0; i < count; ++i)
            *out++ = digits[i];
    } else {
        for (int i = 0; i < count; ++i) {
            if (i == count - decimals)
                *out++ = '.';
            *out++ = digits[i];
        }
    }
    return std::string_view(buffer, std::size_t(out - buffer));
}

class Writer {
public:
    Writer(std::string &out, char delimiter, bool decimalComma) : m_out(out), m_delimiter(delimiter), m_decimalComma(decimalComma) {}

    void field(std::string_view text)
    {
        separate();
        const bool quote = text.find_first_of(std::string_view("\"\n\r", 3)) != std::string_view::npos || text.find(m_delimiter) != std::string_view::npos;
        if (!quote) {
            m_out.append(text);
            return;
        }
        m_out += '"';
        for (char c : text) {
            if (c == '"')
                m_out += '"';
            m_out += c;
        }
        m_out += '"';
    }
    void number(double value)
    {
        separate();
        if (std::isnan(value)) {
            m_out += "NA";
        } else if (std::isinf(value)) {
            m_out += value > 0 ? "Inf" : "-Inf";
        } else {
            char buffer[40];
            append(fifteenDigits(value == 0 ? 0.0 : value, buffer));
        }
    }
    // A z-score, already rounded to 2 decimals: written from its hundredths, without trailing zeros.
    void zscore(double value)
    {
        if (!std::isfinite(value) || std::fabs(value) > 1e12) {
            number(value);
            return;
        }
        separate();
        long long hundredths = std::llround(value * 100);
        char buffer[32];
        char *out = buffer;
        if (hundredths < 0) {
            *out++ = '-';
            hundredths = -hundredths;
        }
        out = std::to_chars(out, buffer + sizeof buffer, hundredths / 100).ptr;
        const int fraction = int(hundredths % 100);
        if (fraction != 0) {
            *out++ = '.';
            *out++ = char('0' + fraction / 10);
            if (fraction % 10 != 0)
                *out++ = char('0' + fraction % 10);
        }
        append(std::string_view(buffer, std::size_t(out - buffer)));
    }
    void flag(int value)
    {
        separate();
        m_out += value < 0 ? "NA" : (value ? "1" : "0");
    }
    void endRow()
    {
        m_out += '\n';
        m_first = true;
    }

private:
    void append(std::string_view text)
    {
        const std::size_t start = m_out.size();
        m_out.append(text);
        if (m_decimalComma) {
            for (std::size_t i = start; i < m_out.size(); ++i) {
                if (m_out[i] == '.')
                    m_out[i] = ',';
            }
        }
    }
    void separate()
    {
        if (!m_first)
            m_out += m_delimiter;
        m_first = false;
    }
    std::string &m_out;
    char m_delimiter;
    bool m_decimalComma;
    bool m_first = true;
};

// Decimal commas are only possible when the delimiter is not a comma; one such number decides.
bool usesDecimalComma(const QByteArray &input, char delimiter)
{
    if (delimiter == ',')
        return false;
    CsvReader reader(input);
    std::vector<std::string_view> fields;
    reader.next(fields);
    for (int row = 0; row < 50 && reader.next(fields); ++row) {
        for (std::string_view field : fields) {
            field = trimmed(field);
            const std::size_t comma = field.find(',');
            if (comma != std::string_view::npos && field.find('.') == std::string_view::npos && parseNumber(field))
                return true;
        }
    }
    return false;
}
}

Result<ZScoreCsv::Outcome> ZScoreCsv::process(const QByteArray &input, const Options &options)
{
    CsvReader reader(input);
    std::vector<std::string_view> fields;
    if (!reader.next(fields) || fields.empty() || (fields.size() == 1 && trimmed(fields[0]).empty()))
        return Error{tr("The file is empty: it needs a header line with column names such as sex, age, weight and lenhei.")};
    std::vector<std::string> header;
    for (std::string_view name : fields)
        header.push_back(lower(trimmed(name)));
    auto column = [&header](const char *name) {
        for (std::size_t i = 0; i < header.size(); ++i) {
            if (header[i] == name)
                return int(i);
        }
        return -1;
    };
    const bool who2007 = options.standard == Standard::Who2007;
    const int sexColumn = column("sex");
    const int ageColumn = column("age");
    if (sexColumn < 0 && ageColumn < 0)
        return Error{tr("No column named sex or age was found in the header; is this the right file?")};
    const int weightColumn = column("weight");
    const int heightColumn = who2007 ? column("height") : column("lenhei");
    const int measureColumn = column("measure");
    const int oedemaColumn = column("oedema");
    const int headColumn = column("headc");
    const int armColumn = column("armc");
    const int tricepsColumn = column("triskin");
    const int subscapularColumn = column("subskin");

    Outcome outcome;
    const char delimiter = reader.delimiter();
    const bool decimalComma = usesDecimalComma(input, delimiter);
    outcome.output.reserve(std::size_t(input.size()) * 3);
    Writer writer(outcome.output, delimiter, decimalComma);
    for (std::string_view name : fields)
        writer.field(name);
    const char *const added2006[] = {"clenhei", "cmeasure", "c9mo_flag", "cbmi", "csex", "zlen", "flen", "zwei", "fwei", "zwfl", "fwfl",
                                     "zbmi", "fbmi", "zhc", "fhc", "zac", "fac", "zts", "fts", "zss", "fss"};
    const char *const added2007[] = {"cbmi", "zhfa", "fhfa", "zwfa", "fwfa", "zbfa", "fbfa"};
    if (who2007) {
        for (const char *name : added2007)
            writer.field(name);
    } else {
        for (const char *name : added2006)
            writer.field(name);
    }
    writer.endRow();

    const std::size_t columns = header.size();
    while (reader.next(fields)) {
        ++outcome.rows;
        QStringList problems;
        auto cell = [&fields](int index) { return index >= 0 && std::size_t(index) < fields.size() ? fields[std::size_t(index)] : std::string_view(); };
        auto numberAt = [&](int index, const char *name) {
            auto value = parseNumber(cell(index));
            if (!value) {
                problems.append(tr("%1 '%2' is not a number").arg(QLatin1String(name), QString::fromUtf8(cell(index).data(), int(cell(index).size()))));
                return NaN;
            }
            if (*value < 0 && std::string_view(name) == "age") {
                problems.append(tr("age %1 is negative").arg(*value));
                return NaN;
            }
            return *value;
        };
        const auto sex = parseSex(cell(sexColumn));
        if (!sex)
            problems.append(tr("sex '%1' is not 1/2, m/f or L/P").arg(QString::fromUtf8(cell(sexColumn).data(), int(cell(sexColumn).size()))));
        const auto oedema = parseOedema(cell(oedemaColumn));
        if (!oedema)
            problems.append(tr("oedema '%1' is not n or y").arg(QString::fromUtf8(cell(oedemaColumn).data(), int(cell(oedemaColumn).size()))));
        const double age = numberAt(ageColumn, "age");
        const double weight = numberAt(weightColumn, "weight");
        const double height = numberAt(heightColumn, who2007 ? "height" : "lenhei");
        if (fields.size() != columns)
            problems.append(tr("%1 fields where the header has %2").arg(fields.size()).arg(columns));

        for (std::size_t i = 0; i < columns; ++i)
            writer.field(i < fields.size() ? fields[i] : std::string_view());

        if (who2007) {
            Who2007Input in;
            in.sex = sex.value_or(0);
            in.ageMonths = age;
            in.height = height;
            in.weight = weight;
            in.oedema = oedema.value_or(false);
            const Who2007Result r = problems.isEmpty() ? Who2007ZScores::compute(in) : Who2007Result{};
            writer.number(problems.isEmpty() ? r.cbmi : NaN);
            for (const IndexResult *index : {&r.heightForAge, &r.weightForAge, &r.bmiForAge}) {
                writer.zscore(index->z);
                writer.flag(index->flag);
            }
        } else {
            const auto measure = parseMeasure(cell(measureColumn));
            if (!measure)
                problems.append(tr("measure '%1' is not L or H").arg(QString::fromUtf8(cell(measureColumn).data(), int(cell(measureColumn).size()))));
            ChildInput in;
            in.sex = sex.value_or(0);
            in.age = age;
            in.ageInMonths = options.ageInMonths;
            in.weight = weight;
            in.lenhei = height;
            in.measure = measure.value_or(0);
            in.oedema = oedema.value_or(false);
            in.headc = numberAt(headColumn, "headc");
            in.armc = numberAt(armColumn, "armc");
            in.triskin = numberAt(tricepsColumn, "triskin");
            in.subskin = numberAt(subscapularColumn, "subskin");
            if (problems.isEmpty()) {
                const ChildResult r = ChildZScores::compute(in);
                writer.number(r.clenhei);
                writer.field(r.cmeasure ? std::string_view(&r.cmeasure, 1) : std::string_view("NA"));
                writer.flag(r.c9moFlag);
                writer.number(r.cbmi);
                writer.number(r.csex ? double(r.csex) : NaN);
                for (const IndexResult &index : r.index) {
                    writer.zscore(index.z);
                    writer.flag(index.flag);
                }
            } else {
                for (std::size_t i = 0; i < std::size(added2006); ++i)
                    writer.number(NaN);
            }
        }
        writer.endRow();
        if (!problems.isEmpty())
            outcome.rowProblems.append(tr("line %1: %2; written with NA").arg(reader.lineNumber()).arg(problems.join(QStringLiteral(", "))));
    }
    return outcome;
}
