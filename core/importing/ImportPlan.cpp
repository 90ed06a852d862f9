#include "importing/ImportPlan.h"

#include "domain/DecimalText.h"
#include "growth/MeasurementAssessor.h"
#include "growth/NikCheck.h"
#include "importing/CsvReader.h"
#include "importing/ImportDate.h"
#include "storage/RegionRepository.h"
#include "storage/SubjectRepository.h"

#include <QHash>
#include <QStringDecoder>

namespace {
QString normalisedPlace(QString name)
{
    name = name.trimmed().toLower();
    for (const char *prefix : {"desa ", "kelurahan ", "kel. ", "ds. "}) {
        if (name.startsWith(QLatin1String(prefix)))
            name = name.mid(int(qstrlen(prefix)));
    }
    return name.simplified();
}

QString personKey(const QString &name, const QDate &birthDate, qint64 desaId)
{
    return name.simplified().toLower() + QLatin1Char('|') + birthDate.toString(Qt::ISODate) + QLatin1Char('|') + QString::number(desaId);
}

struct Range {
    ImportField field;
    double low;
    double high;
};
}

int ImportPlan::rejectedCount() const
{
    return int(std::count_if(rows.begin(), rows.end(), [](const ImportRow &row) { return !row.problems.isEmpty(); }));
}

int ImportPlan::matchedCount() const
{
    return int(std::count_if(rows.begin(), rows.end(), [](const ImportRow &row) { return row.existingSubjectId || row.sameAsLine; }));
}

Result<ImportPlan> ImportPlan::build(Workspace &workspace, const QByteArray &data, TargetGroup group, DataSource source,
                                     std::optional<ColumnMapping> mapping)
{
    // UTF-8 when it is valid, else Windows-1252 as older Excel versions save CSV.
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(data);
    if (utf8.hasError())
        text = QString::fromLatin1(data);
    const QByteArray utf8Data = text.toUtf8();
    CsvReader reader(utf8Data);
    std::vector<std::string_view> fields;
    if (!reader.next(fields))
        return Error{tr("The file is empty.")};
    ImportPlan plan;
    plan.group = group;
    plan.source = source;
    for (std::string_view field : fields)
        plan.header << QString::fromUtf8(field.data(), qsizetype(field.size())).trimmed();
    plan.mapping = mapping ? *mapping : ColumnMapping::propose(plan.header);
    if (!plan.mapping.has(ImportField::Name))
        return Error{tr("No column for the name was found (such as Nama or Nama Anak). Check the header line or choose the columns.")};

    QHash<QString, qint64> desaByName;
    for (const Desa &desa : RegionRepository(workspace).desa().value_or({}))
        desaByName.insert(normalisedPlace(desa.name), desa.id);
    SubjectRepository subjects(workspace);
    QHash<QString, qint64> existingByNik;
    QHash<QString, qint64> existingByPerson;
    for (const Subject &s : subjects.all(group).value_or({})) {
        if (!s.nik.isEmpty())
            existingByNik.insert(s.nik, s.id);
        existingByPerson.insert(personKey(s.name, s.birthDate, s.desaId), s.id);
    }
    QHash<QString, int> fileByNik;
    QHash<QString, int> fileByPerson;

    const Range ranges[] = {{ImportField::Weight, 0.5, 200}, {ImportField::LengthHeight, 35, 220}, {ImportField::Muac, 5, 60},
                            {ImportField::HeadCircumference, 20, 70}, {ImportField::Hb, 2, 25}};
    while (reader.next(fields)) {
        ImportRow row;
        row.line = reader.lineNumber();
        auto cell = [&](ImportField field) {
            const int column = plan.mapping.column(field);
            return column >= 0 && std::size_t(column) < fields.size()
                       ? QString::fromUtf8(fields[std::size_t(column)].data(), qsizetype(fields[std::size_t(column)].size())).trimmed()
                       : QString();
        };
        Subject &s = row.subject;
        s.group = group;
        s.name = cell(ImportField::Name).simplified();
        s.nik = cell(ImportField::Nik).remove(QLatin1Char(' ')).remove(QLatin1Char('\''));
        s.kkNumber = cell(ImportField::KkNumber).remove(QLatin1Char(' ')).remove(QLatin1Char('\''));
        s.motherName = cell(ImportField::MotherName);
        s.fatherName = cell(ImportField::FatherName);
        s.address = cell(ImportField::Address);
        s.rt = cell(ImportField::Rt);
        s.rw = cell(ImportField::Rw);
        if (s.name.isEmpty())
            row.problems << tr("the name is missing");
        const QString sex = cell(ImportField::Sex).toUpper();
        if (sex == QLatin1String("L") || sex == QLatin1String("1") || sex.startsWith(QLatin1String("LAKI")))
            s.sex = Sex::Male;
        else if (sex == QLatin1String("P") || sex == QLatin1String("2") || sex.startsWith(QLatin1String("PEREMPUAN")))
            s.sex = Sex::Female;
        else if (!sex.isEmpty())
            row.problems << tr("sex \"%1\" is not L or P").arg(sex);
        else if (!isChildGroup(group))
            s.sex = Sex::Female;
        else
            row.problems << tr("the child's sex is missing");
        const QString born = cell(ImportField::BirthDate);
        s.birthDate = ImportDate::parse(born);
        if (!born.isEmpty() && !s.birthDate.isValid())
            row.problems << tr("birth date \"%1\" cannot be read").arg(born);
        else if (born.isEmpty() && isChildGroup(group))
            row.problems << tr("the birth date is missing");
        const QString desa = cell(ImportField::Desa);
        s.desaId = desaByName.value(normalisedPlace(desa));
        if (desa.isEmpty())
            row.problems << tr("the desa is missing");
        else if (s.desaId == 0)
            row.problems << tr("desa \"%1\" is not one of this district's").arg(desa);
        row.warnings << NikCheck::warnings(s.nik, s.birthDate, s.sex);

        Measurement m;
        bool measured = false;
        for (const Range &range : ranges) {
            const QString value = cell(range.field);
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
        const QString position = cell(ImportField::Position).toLower();
        if (position.startsWith(QLatin1String("terlentang")) || position == QLatin1String("l") || position.startsWith(QLatin1String("lying")))
            m.position = MeasurePosition::Lying;
        else if (position.startsWith(QLatin1String("berdiri")) || position == QLatin1String("h") || position.startsWith(QLatin1String("standing")))
            m.position = MeasurePosition::Standing;
        if (measured) {
            const QString on = cell(ImportField::MeasuredOn);
            m.measuredOn = ImportDate::parse(on);
            if (!m.measuredOn.isValid())
                row.problems << (on.isEmpty() ? tr("the measurement date is missing") : tr("measurement date \"%1\" cannot be read").arg(on));
            else if (s.birthDate.isValid() && m.measuredOn < s.birthDate)
                row.problems << tr("measured before birth");
            m.source = source;
            MeasurementAssessor::apply(s, m);
            if (!m.zFlags.isEmpty())
                row.warnings << tr("WHO flags an implausible value (%1): check the measurement").arg(m.zFlags);
            row.measurement = m;
        }

        const QString key = personKey(s.name, s.birthDate, s.desaId);
        if (!s.nik.isEmpty() && existingByNik.contains(s.nik))
            row.existingSubjectId = existingByNik.value(s.nik);
        else if (existingByPerson.contains(key))
            row.existingSubjectId = existingByPerson.value(key);
        else if (!s.nik.isEmpty() && fileByNik.contains(s.nik))
            row.sameAsLine = fileByNik.value(s.nik);
        else if (fileByPerson.contains(key))
            row.sameAsLine = fileByPerson.value(key);
        if (row.existingSubjectId)
            row.warnings << tr("already in the workspace: the measurement is added to that subject");
        else if (row.sameAsLine)
            row.warnings << tr("the same person as line %1: the measurement is added to that subject").arg(row.sameAsLine);
        else if (row.problems.isEmpty()) {
            if (!s.nik.isEmpty())
                fileByNik.insert(s.nik, row.line);
            fileByPerson.insert(key, row.line);
        }
        plan.rows.append(row);
    }
    return plan;
}
