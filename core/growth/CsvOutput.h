#pragma once

#include <charconv>
#include <cmath>
#include <string>
#include <string_view>

namespace CsvNumbers {
// At most 15 significant digits without trailing zeros, as R writes numbers ("%.15g"), but without
// printf's cost: the value is scaled to a 15-digit integer. (The 15th digit may differ from printf's
// by one in rare halfway cases; it is far below any measurement's precision.)
inline std::string_view fifteenDigits(double value, char (&buffer)[40])
{
    const double magnitude = std::fabs(value);
    if (magnitude < 1e-4 || magnitude >= 1e14)
        return std::string_view(buffer, std::size_t(std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 15).ptr - buffer));
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

}

// Appends delimited fields to a text: quoting where needed, numbers in R's 15-digit form with the
// input's decimal separator, z-scores from their hundredths, NA for missing values. Inline,
// since it runs twenty times a row.
class CsvOutput {
public:
    CsvOutput(std::string &out, char delimiter, bool decimalComma) : m_out(out), m_delimiter(delimiter), m_decimalComma(decimalComma) {}

    void field(std::string_view text)
    {
        separate();
        bool quote = false;
        for (char c : text)
            quote = quote || c == '"' || c == '\n' || c == '\r' || c == m_delimiter;
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
            append(CsvNumbers::fifteenDigits(value == 0 ? 0.0 : value, buffer));
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
