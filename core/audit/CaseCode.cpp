#include "audit/CaseCode.h"

#include <QRegularExpression>

QString CaseCode::groupCode(TargetGroup group)
{
    switch (group) {
    case TargetGroup::Catin: return QStringLiteral("CTN");
    case TargetGroup::Bumil: return QStringLiteral("BML");
    case TargetGroup::Bufas: return QStringLiteral("BFS");
    case TargetGroup::Baduta: return QStringLiteral("BDT");
    case TargetGroup::Balita: return QStringLiteral("BLT");
    }
    return {};
}

QString CaseCode::toString() const
{
    return QStringLiteral("AKS-%1-%2-%3-%4").arg(year).arg(cycleNumber).arg(groupCode(group)).arg(number, 2, 10, QLatin1Char('0'));
}

std::optional<CaseCode> CaseCode::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^AKS-(\\d{4})-([12])-([A-Z]{3})-(\\d{2,3})$"));
    const auto match = pattern.match(text.trimmed().toUpper());
    if (!match.hasMatch())
        return std::nullopt;
    for (TargetGroup group : enumValues<TargetGroup>()) {
        if (groupCode(group) == match.captured(3)) {
            CaseCode code{match.captured(1).toInt(), match.captured(2).toInt(), group, match.captured(4).toInt()};
            if (code.number < 1)
                return std::nullopt;
            return code;
        }
    }
    return std::nullopt;
}
