#include "importing/ImportRowChecker.h"

#include "domain/DecimalText.h"
#include "growth/MeasurementAssessor.h"
#include "growth/NikCheck.h"
#include "importing/ImportDate.h"

namespace {
struct Range {
    ImportField field;
    double low;
    double high;
};

// Values no person can have, whatever the group: a slip of the keyboard, not a measurement.
constexpr Range Ranges[] = {{ImportField::Weight, 0.5, 200}, {ImportField::LengthHeight, 35, 220}, {ImportField::Muac, 5, 60},
                            {ImportField::HeadCircumference, 20, 70}, {ImportField::Hb, 2, 25}};

QString digitsOnly(QString text)
{
    return text.remove(QLatin1Char(' ')).remove(QLatin1Char('\'')).remove(QLatin1Char('.')).remove(QLatin1Char('-'));
}
}

QString ImportRowChecker::cell(const ImportRow &row, ImportField field) const
{
    const int column = m_mapping.column(field);
    return column >= 0 && column < row.cells.size() ? row.cells.at(column).trimmed() : QString();
}

ImportRow ImportRowChecker::check(const ImportTable::Row &line) const
{
    ImportRow row;
    row.line = line.line;
    row.cells = line.cells;
    readSubject(row);
    readMeasurement(row);
    return row;
}

void ImportRowChecker::readSubject(ImportRow &row) const
{
    Subject &s = row.subject;
    s.group = m_group;
    s.name = cell(row, ImportField::Name).simplified();
    s.nik = digitsOnly(cell(row, ImportField::Nik));
    s.kkNumber = digitsOnly(cell(row, ImportField::KkNumber));
    s.motherName = cell(row, ImportField::MotherName).simplified();
    s.fatherName = cell(row, ImportField::FatherName).simplified();
    s.address = cell(row, ImportField::Address);
    s.rt = cell(row, ImportField::Rt);
    s.rw = cell(row, ImportField::Rw);
    if (s.name.isEmpty())
        row.problems << tr("the name is missing");

    const QString sex = cell(row, ImportField::Sex).toUpper();
    if (sex == QLatin1String("L") || sex == QLatin1String("1") || sex.startsWith(QLatin1String("LAKI")))
        s.sex = Sex::Male;
    else if (sex == QLatin1String("P") || sex == QLatin1String("2") || sex.startsWith(QLatin1String("PEREMPUAN")))
        s.sex = Sex::Female;
    else if (!sex.isEmpty())
        row.problems << tr("sex \"%1\" is not L or P").arg(sex);
    else if (!isChildGroup(m_group))
        s.sex = Sex::Female;
    else
        row.problems << tr("the child's sex is missing");

    const QString born = cell(row, ImportField::BirthDate);
    s.birthDate = ImportDate::parse(born);
    if (!born.isEmpty() && !s.birthDate.isValid())
        row.problems << tr("birth date \"%1\" cannot be read").arg(born);
    else if (born.isEmpty() && isChildGroup(m_group))
        row.problems << tr("the birth date is missing");

    const QString desa = cell(row, ImportField::Desa);
    QString problem;
    if (desa.isEmpty())
        row.problems << tr("the desa is missing");
    else if (s.desaId = m_lookup.desa(desa, cell(row, ImportField::Kecamatan), &problem); !s.desaId)
        row.problems << problem;
    if (const QString posyandu = cell(row, ImportField::Posyandu); !posyandu.isEmpty() && s.desaId) {
        s.posyanduId = m_lookup.posyandu(posyandu, s.desaId);
        if (!s.posyanduId)
            row.warnings << tr("posyandu \"%1\" is not known in that desa and was left out").arg(posyandu);
    }
    if (!s.nik.isEmpty())
        row.warnings << NikCheck::warnings(s.nik, s.birthDate, s.sex, {}, m_today);
}

void ImportRowChecker::readMeasurement(ImportRow &row) const
{
    Measurement m;
    bool measured = false;
    for (const Range &range : Ranges) {
        const QString value = cell(row, range.field);
        bool valid = true;
        const std::optional<double> number = DecimalText::parse(value, &valid);
        if (!valid || (number && (*number < range.low || *number > range.high))) {
            row.problems << tr("%1 \"%2\" is not possible").arg(enumName(range.field), value);
            continue;
        }
        measured = measured || number.has_value();
        switch (range.field) {
        case ImportField::Weight: m.weightKg = number; break;
        case ImportField::LengthHeight: m.lengthHeightCm = number; break;
        case ImportField::Muac: m.muacCm = number; break;
        case ImportField::HeadCircumference: m.headCircumferenceCm = number; break;
        default: m.hbGdl = number; break;
        }
    }
    const QString position = cell(row, ImportField::Position).toLower();
    if (position.startsWith(QLatin1String("terlentang")) || position == QLatin1String("l") || position.startsWith(QLatin1String("lying")))
        m.position = MeasurePosition::Lying;
    else if (position.startsWith(QLatin1String("berdiri")) || position == QLatin1String("h") || position.startsWith(QLatin1String("standing")))
        m.position = MeasurePosition::Standing;
    if (!measured)
        return;
    const QString on = cell(row, ImportField::MeasuredOn);
    m.measuredOn = ImportDate::parse(on);
    if (!m.measuredOn.isValid())
        row.problems << (on.isEmpty() ? tr("the measurement date is missing") : tr("measurement date \"%1\" cannot be read").arg(on));
    else if (row.subject.birthDate.isValid() && m.measuredOn < row.subject.birthDate)
        row.problems << tr("measured before birth");
    m.source = m_source;
    MeasurementAssessor::apply(row.subject, m);
    if (!m.zFlags.isEmpty())
        row.warnings << tr("WHO flags an implausible value (%1): check the measurement").arg(m.zFlags);
    row.measurement = m;
}
