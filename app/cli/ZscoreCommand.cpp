#include "ZscoreCommand.h"

#include "growth/ZScoreCsv.h"

#include <QFile>
#include <QSaveFile>
#include <cstdio>

void ZscoreCommand::configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        description() + QLatin1Char('\n')
        + tr("Input columns (header names; absent columns count as missing): sex (1/2, m/f, L/P), age (days), weight (kg), "
             "lenhei (cm), measure (L/H, terlentang/berdiri), oedema (n/y), headc, armc (cm), triskin, subskin (mm). "
             "With --standard who2007: sex, age (months), height, weight, oedema. The delimiter (comma, semicolon, tab) and a "
             "decimal comma are detected; the output keeps them. Rows that cannot be read are reported on stderr with their "
             "line number and written with NA."));
    parser.addPositionalArgument(QStringLiteral("INPUT"), tr("The CSV file to read."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("Write to FILE instead of standard output."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("age-in-months"), tr("The age column is in months, not days (WHO 2006).")});
    parser.addOption({QStringLiteral("standard"), tr("who2006 (0-5 years, the default) or who2007 (5-19 years)."), QStringLiteral("STANDARD"),
                      QStringLiteral("who2006")});
}

int ZscoreCommand::run(const QCommandLineParser &parser)
{
    ZScoreCsv::Options options;
    const QString standard = parser.value(QStringLiteral("standard")).toLower();
    if (standard == QLatin1String("who2007"))
        options.standard = ZScoreCsv::Standard::Who2007;
    else if (standard != QLatin1String("who2006"))
        return fail(tr("unknown standard '%1'; use who2006 or who2007.").arg(standard));
    options.ageInMonths = parser.isSet(QStringLiteral("age-in-months"));

    const QString inputPath = parser.positionalArguments().first();
    QFile input(inputPath);
    if (!input.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read: %2").arg(inputPath, input.errorString()));
    auto outcome = ZScoreCsv::process(input.readAll(), options);
    if (!outcome)
        return fail(tr("%1: %2").arg(inputPath, outcome.error()));
    for (const QString &problem : outcome->rowProblems)
        err() << inputPath << ": " << problem << Qt::endl;

    if (parser.isSet(QStringLiteral("output"))) {
        QSaveFile output(parser.value(QStringLiteral("output")));
        bool written = output.open(QIODevice::WriteOnly);
        for (const std::string &part : outcome->parts)
            written = written && output.write(part.data(), qint64(part.size())) == qint64(part.size());
        if (!written || !output.commit())
            return fail(tr("%1 cannot be written: %2").arg(parser.value(QStringLiteral("output")), output.errorString()));
    } else {
        out().flush();
        for (const std::string &part : outcome->parts)
            std::fwrite(part.data(), 1, part.size(), stdout);
        std::fflush(stdout);
    }
    return 0;
}
