#include "importing/CsvReader.h"

CsvReader::CsvReader(const QByteArray &data)
    : m_data(data.constData(), std::size_t(data.size()))
{
    if (m_data.substr(0, 3) == "\xEF\xBB\xBF")
        m_position = 3;
    const std::size_t end = m_data.find('\n', m_position);
    m_delimiter = detectDelimiter(m_data.substr(m_position, end == std::string_view::npos ? std::string_view::npos : end - m_position));
}

CsvReader::CsvReader(std::string_view data, char delimiter, int firstLine)
    : m_data(data)
    , m_line(firstLine)
    , m_delimiter(delimiter)
{
}

char CsvReader::detectDelimiter(std::string_view firstLine)
{
    std::size_t counts[3] = {0, 0, 0};
    const char candidates[3] = {',', ';', '\t'};
    bool quoted = false;
    for (char c : firstLine) {
        if (c == '"')
            quoted = !quoted;
        for (int i = 0; i < 3 && !quoted; ++i)
            counts[i] += c == candidates[i] ? 1 : 0;
    }
    int best = 0;
    for (int i = 1; i < 3; ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return candidates[best];
}

bool CsvReader::next(std::vector<std::string_view> &fields)
{
    fields.clear();
    m_unquoted.clear();
    // Skip blank lines between records.
    while (m_position < m_data.size() && (m_data[m_position] == '\n' || m_data[m_position] == '\r')) {
        if (m_data[m_position] == '\n')
            ++m_line;
        ++m_position;
    }
    if (m_position >= m_data.size())
        return false;
    m_recordLine = m_line;
    const std::size_t size = m_data.size();
    while (true) {
        if (m_position < size && m_data[m_position] == '"') {
            std::string value;
            ++m_position;
            while (m_position < size) {
                const char c = m_data[m_position++];
                if (c == '"') {
                    if (m_position < size && m_data[m_position] == '"') {
                        value += '"';
                        ++m_position;
                        continue;
                    }
                    break;
                }
                if (c == '\n')
                    ++m_line;
                value += c;
            }
            // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
            while (m_position < size && m_data[m_position] != m_delimiter && m_data[m_position] != '\n' && m_data[m_position] != '\r')
                value += m_data[m_position++];
            m_unquoted.push_back(std::move(value));
            fields.emplace_back(m_unquoted.back());
        } else {
            const std::size_t start = m_position;
            while (m_position < size && m_data[m_position] != m_delimiter && m_data[m_position] != '\n' && m_data[m_position] != '\r')
                ++m_position;
            fields.emplace_back(m_data.substr(start, m_position - start));
        }
        if (m_position < size && m_data[m_position] == m_delimiter) {
            ++m_position;
            continue;
        }
        if (m_position < size && m_data[m_position] == '\r')
            ++m_position;
        if (m_position < size && m_data[m_position] == '\n') {
            ++m_position;
            ++m_line;
        }
        return true;
    }
}
