#include "storage/SqlScript.h"

#include <QRegularExpression>

namespace {
QString withoutComments(const QString &script)
{
    QString result;
    bool inQuote = false;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (c == QLatin1Char('\''))
            inQuote = !inQuote;
        if (!inQuote && c == QLatin1Char('-') && i + 1 < script.size() && script.at(i + 1) == QLatin1Char('-')) {
            while (i < script.size() && script.at(i) != QLatin1Char('\n'))
                ++i;
            result += QLatin1Char('\n');
            continue;
        }
        result += c;
    }
    return result;
}
}

QStringList SqlScript::statements(const QString &script)
{
    static const QRegularExpression triggerStart(QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+)?TRIGGER\\b"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression triggerEnd(QStringLiteral("\\bEND\\s*$"), QRegularExpression::CaseInsensitiveOption);

    QStringList result;
    QString current;
    bool inQuote = false;
    for (const QChar c : withoutComments(script)) {
        if (c == QLatin1Char('\''))
            inQuote = !inQuote;
        if (c == QLatin1Char(';') && !inQuote) {
            const bool inTrigger = triggerStart.match(current).hasMatch() && !triggerEnd.match(current).hasMatch();
            if (!inTrigger) {
                if (!current.trimmed().isEmpty())
                    result.append(current.trimmed());
                current.clear();
                continue;
            }
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        result.append(current.trimmed());
    return result;
}
