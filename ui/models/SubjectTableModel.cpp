#include "models/SubjectTableModel.h"

#include "audit/AgeText.h"

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
    case LastMeasured: return row.lastMeasuredOn.isValid() ? QLocale().toString(row.lastMeasuredOn, QStringLiteral("d MMM yyyy")) : QString();
    case ZLengthAge: return row.lastZLengthAge ? QLocale().toString(*row.lastZLengthAge, 'f', 2) : QStringLiteral("–");
    }
    return {};
}

QVariant SubjectTableModel::sortKey(const SubjectRow &row, int column) const
{
    switch (column) {
    case Age: return row.birthDate.isValid() ? QVariant(-row.birthDate.toJulianDay()) : QVariant(0);
    case LastMeasured: return row.lastMeasuredOn.toJulianDay();
    case ZLengthAge: return row.lastZLengthAge ? QVariant(*row.lastZLengthAge) : QVariant(99.0);
    default: return {};
    }
}

QVariant SubjectTableModel::foreground(const SubjectRow &row, int column) const
{
    if (column == ZLengthAge && row.lastZLengthAge && *row.lastZLengthAge < -2)
        return QBrush(QColor(0xb0, 0x1e, 0x1e));
    return {};
}
