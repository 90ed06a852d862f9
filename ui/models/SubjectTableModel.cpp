#include "models/SubjectTableModel.h"

#include "audit/AgeText.h"
#include "domain/DateText.h"
#include "growth/NutritionalStatus.h"
#include "growth/ZScoreExplanation.h"

#include <QBrush>
#include <QLocale>

QStringList SubjectTableModel::headers() const
{
    return {tr("Name"), tr("Group"), tr("Sex"), tr("Age"), tr("Desa"), tr("Last measured"), tr("Length/height-for-age z")};
}

QVariant SubjectTableModel::display(const SubjectRow &row, int column) const
{
    switch (column) {
    case Name: return row.name;
    case Group: return enumCode(row.group);
    case SexColumn: return row.sex ? enumName(*row.sex) : QString();
    case Age: return AgeText::between(row.birthDate, m_today);
    case Desa: return row.desa;
    case LastMeasured: return row.lastMeasurement ? DateText::shortDate(row.lastMeasurement->measuredOn) : QString();
    case ZLengthAge:
        if (flagged(row))
            return NutritionalStatus::name(NutritionalCategory::CheckMeasurement);
        return zLengthAge(row) ? QLocale().toString(*zLengthAge(row), 'f', 2) : QStringLiteral("–");
    }
    return {};
}

QVariant SubjectTableModel::sortKey(const SubjectRow &row, int column) const
{
    switch (column) {
    case Age: return row.birthDate.isValid() ? QVariant(-row.birthDate.toJulianDay()) : QVariant(0);
    case LastMeasured: return row.lastMeasurement ? row.lastMeasurement->measuredOn.toJulianDay() : 0;
    case ZLengthAge: return zLengthAge(row) ? QVariant(*zLengthAge(row)) : QVariant(99.0);
    default: return {};
    }
}

QVariant SubjectTableModel::foreground(const SubjectRow &row, int column) const
{
    if (column == ZLengthAge && flagged(row))
        return QBrush(QColor(0x8a, 0x5a, 0x00));
    if (column == ZLengthAge && zLengthAge(row) && *zLengthAge(row) < -2)
        return QBrush(QColor(0xb0, 0x1e, 0x1e));
    return {};
}

std::optional<double> SubjectTableModel::zLengthAge(const SubjectRow &row)
{
    return row.lastMeasurement ? row.lastMeasurement->zLengthAge : std::nullopt;
}

bool SubjectTableModel::flagged(const SubjectRow &row)
{
    if (!row.lastMeasurement || !row.lastMeasurement->zLengthAge)
        return false;
    const QStringList flags = row.lastMeasurement->zFlags.split(QLatin1Char(','));
    return flags.contains(QStringLiteral("zlen")) || flags.contains(QStringLiteral("zhfa"));
}

QVariant SubjectTableModel::toolTip(const SubjectRow &row, int column) const
{
    if (column == Name && m_findings.contains(row.id))
        return m_findings.value(row.id).join(QLatin1Char('\n'));
    if (column != ZLengthAge || !row.lastMeasurement)
        return {};
    Subject subject;
    subject.group = row.group;
    subject.sex = row.sex;
    subject.birthDate = row.birthDate;
    const QString text = ZScoreExplanation::explain(subject, *row.lastMeasurement, ChildIndex::LengthForAge);
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant SubjectTableModel::alignment(int column) const
{
    if (column == ZLengthAge)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}
