#include "models/ImportPreviewModel.h"

#include "domain/DateText.h"

#include <QBrush>
#include <QLocale>

namespace {
QString number(const std::optional<double> &value, int decimals)
{
    return value ? QLocale().toString(*value, 'f', decimals) : QString();
}
}

QStringList ImportPreviewModel::headers() const
{
    return {tr("Line"), tr("Status"), tr("Problems and notes"), tr("Name"), tr("NIK"), tr("Sex"), tr("Birth date"), tr("Desa"),
            tr("Measured on"), tr("Weight (kg)"), tr("Length/height (cm)"), tr("Length/height-for-age z")};
}

QVariant ImportPreviewModel::display(const ImportRow &row, int column) const
{
    const std::optional<Measurement> &m = row.measurement;
    switch (column) {
    case Line: return row.line;
    case Status:
        if (row.isRejected())
            return tr("Problem");
        if (row.existingSubjectId)
            return tr("Already stored");
        if (row.sameAsLine)
            return tr("Same as line %1").arg(row.sameAsLine);
        return tr("New");
    case Name: return row.subject.name;
    case Nik: return row.subject.nik;
    case SexColumn: return row.subject.sex ? enumCode(*row.subject.sex) : QString();
    case BirthDate: return DateText::shortDate(row.subject.birthDate);
    case Desa: return m_desaNames.value(row.subject.desaId);
    case MeasuredOn: return m ? DateText::shortDate(m->measuredOn) : QString();
    case Weight: return m ? number(m->weightKg, 1) : QString();
    case LengthHeight: return m ? number(m->lengthHeightCm, 1) : QString();
    case ZLengthAge: return m ? number(m->zLengthAge, 2) : QString();
    case Notes: return QStringList(row.problems + row.warnings).join(QStringLiteral("; "));
    }
    return {};
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (role != KindRole || !index.isValid() || index.row() >= rowCount())
        return RowTableModel::data(index, role);
    const ImportRow &row = rows().at(index.row());
    QStringList kinds;
    if (row.isRejected())
        kinds << QStringLiteral("problem");
    if (row.isDuplicate())
        kinds << QStringLiteral("duplicate");
    if (!row.warnings.isEmpty())
        kinds << QStringLiteral("note");
    return kinds.join(QLatin1Char(' '));
}

QVariant ImportPreviewModel::sortKey(const ImportRow &row, int column) const
{
    switch (column) {
    case BirthDate: return row.subject.birthDate.toJulianDay();
    case MeasuredOn: return row.measurement ? row.measurement->measuredOn.toJulianDay() : 0;
    case Weight: return row.measurement && row.measurement->weightKg ? *row.measurement->weightKg : -1.0;
    case LengthHeight: return row.measurement && row.measurement->lengthHeightCm ? *row.measurement->lengthHeightCm : -1.0;
    case ZLengthAge: return row.measurement && row.measurement->zLengthAge ? *row.measurement->zLengthAge : 99.0;
    default: return {};
    }
}

QVariant ImportPreviewModel::toolTip(const ImportRow &row, int column) const
{
    if (column == Notes || column == Status)
        return QStringList(row.problems + row.warnings).join(QLatin1Char('\n'));
    return {};
}

QVariant ImportPreviewModel::foreground(const ImportRow &row, int column) const
{
    if (row.isRejected())
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (column == Status && row.isDuplicate())
        return QBrush(QColor(0x1a, 0x4f, 0x9c));
    if (column == Notes && !row.warnings.isEmpty())
        return QBrush(QColor(0x8a, 0x5a, 0x00));
    return {};
}

QVariant ImportPreviewModel::alignment(int column) const
{
    if (column == Line || column == Weight || column == LengthHeight || column == ZLengthAge)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}
