#include "growth/ZScoreCsv.h"

#include "growth/ZScoreRows.h"

#include <algorithm>
#include <thread>
#include <vector>

namespace {
std::string lowerTrimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    std::string result(text);
    for (char &c : result)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return result;
}

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
            const bool digitsAndComma = !field.empty() && field.find(',') != std::string_view::npos && field.find('.') == std::string_view::npos
                                     && std::all_of(field.begin(), field.end(), [](char c) { return (c >= '0' && c <= '9') || c == ',' || c == '-' || c == ' '; });
            if (digitsAndComma)
                return true;
        }
    }
    return false;
}

struct Chunk {
    std::string_view data;
    int firstLine = 1;
    std::string output;
    QStringList problems;
    int rows = 0;
};

// Splits the data rows at line ends into about `parts` pieces. Only safe without quotes, since a
// quoted field may hold a line end; a file with quotes stays in one piece.
std::vector<Chunk> split(std::string_view rows, int firstLine, unsigned parts)
{
    std::vector<Chunk> chunks;
    if (parts <= 1 || rows.size() < 1 << 20 || rows.find('"') != std::string_view::npos) {
        chunks.push_back({rows, firstLine, {}, {}, 0});
        return chunks;
    }
    std::size_t start = 0;
    int line = firstLine;
    for (unsigned i = 1; i <= parts && start < rows.size(); ++i) {
        std::size_t end = i == parts ? rows.size() : rows.find('\n', rows.size() * i / parts);
        end = end == std::string_view::npos ? rows.size() : end + 1;
        const std::string_view piece = rows.substr(start, end - start);
        chunks.push_back({piece, line, {}, {}, 0});
        line += int(std::count(piece.begin(), piece.end(), '\n'));
        start = end;
    }
    return chunks;
}
}

Result<ZScoreCsv::Outcome> ZScoreCsv::process(const QByteArray &input, const Options &options)
{
    CsvReader reader(input);
    std::vector<std::string_view> fields;
    if (!reader.next(fields) || fields.empty() || (fields.size() == 1 && lowerTrimmed(fields[0]).empty()))
        return Error{tr("The file is empty: it needs a header line with column names such as sex, age, weight and lenhei.")};
    std::vector<std::string> header;
    for (std::string_view name : fields)
        header.push_back(lowerTrimmed(name));
    auto column = [&header](const char *name) {
        const auto found = std::find(header.begin(), header.end(), name);
        return found == header.end() ? -1 : int(found - header.begin());
    };
    ZScoreColumns columns;
    columns.who2007 = options.standard == Standard::Who2007;
    columns.ageInMonths = options.ageInMonths;
    columns.count = header.size();
    columns.sex = column("sex");
    columns.age = column("age");
    if (columns.sex < 0 && columns.age < 0)
        return Error{tr("No column named sex or age was found in the header; is this the right file?")};
    columns.weight = column("weight");
    columns.height = columns.who2007 ? column("height") : column("lenhei");
    columns.measure = column("measure");
    columns.oedema = column("oedema");
    columns.headc = column("headc");
    columns.armc = column("armc");
    columns.triskin = column("triskin");
    columns.subskin = column("subskin");

    const char delimiter = reader.delimiter();
    const bool decimalComma = usesDecimalComma(input, delimiter);
    Outcome outcome;
    outcome.parts.emplace_back();
    CsvOutput headerOutput(outcome.parts.back(), delimiter, decimalComma);
    for (std::string_view name : fields)
        headerOutput.field(name);
    const char *const added2006[] = {"clenhei", "cmeasure", "c9mo_flag", "cbmi", "csex", "zlen", "flen", "zwei", "fwei", "zwfl", "fwfl",
                                     "zbmi", "fbmi", "zhc", "fhc", "zac", "fac", "zts", "fts", "zss", "fss"};
    const char *const added2007[] = {"cbmi", "zhfa", "fhfa", "zwfa", "fwfa", "zbfa", "fbfa"};
    if (columns.who2007) {
        for (const char *name : added2007)
            headerOutput.field(name);
    } else {
        for (const char *name : added2006)
            headerOutput.field(name);
    }
    headerOutput.endRow();

    // The rows are independent: large files are scored on every core, each part into its own text.
    const std::string_view all(input.constData(), std::size_t(input.size()));
    std::vector<Chunk> chunks = split(all.substr(reader.position()), reader.lineNumber() + 1, std::max(1u, std::thread::hardware_concurrency()));
    auto work = [&](Chunk &chunk) {
        chunk.output.reserve(chunk.data.size() * 5 / 2);
        CsvReader part(chunk.data, delimiter, chunk.firstLine);
        CsvOutput output(chunk.output, delimiter, decimalComma);
        chunk.rows = ZScoreRows::process(part, columns, output, chunk.problems);
    };
    std::vector<std::thread> threads;
    for (std::size_t i = 1; i < chunks.size(); ++i)
        threads.emplace_back(work, std::ref(chunks[i]));
    work(chunks[0]);
    for (std::thread &thread : threads)
        thread.join();

    for (Chunk &chunk : chunks) {
        outcome.parts.push_back(std::move(chunk.output));
        outcome.rows += chunk.rows;
        outcome.rowProblems += chunk.problems;
    }
    return outcome;
}

std::string ZScoreCsv::Outcome::text() const
{
    std::string all;
    for (const std::string &part : parts)
        all += part;
    return all;
}
