#include "importing/SubjectFields.h"

const QList<ImportField> &SubjectFields::identity()
{
    static const QList<ImportField> fields = {ImportField::Name, ImportField::Nik, ImportField::Sex, ImportField::BirthDate,
                                              ImportField::KkNumber, ImportField::MotherName, ImportField::FatherName,
                                              ImportField::Desa, ImportField::Posyandu, ImportField::Rt, ImportField::Rw,
                                              ImportField::Address};
    return fields;
}

QString SubjectFields::column(ImportField field)
{
    switch (field) {
    case ImportField::KkNumber: return QStringLiteral("kk_number");
    case ImportField::Desa: return QStringLiteral("desa_id");
    case ImportField::Posyandu: return QStringLiteral("posyandu_id");
    default: return enumCode(field);
    }
}

QString SubjectFields::text(const Subject &s, ImportField field)
{
    switch (field) {
    case ImportField::Name: return s.name;
    case ImportField::Nik: return s.nik;
    case ImportField::Sex: return s.sex ? enumCode(*s.sex) : QString();
    case ImportField::BirthDate: return s.birthDate.toString(Qt::ISODate);
    case ImportField::KkNumber: return s.kkNumber;
    case ImportField::MotherName: return s.motherName;
    case ImportField::FatherName: return s.fatherName;
    case ImportField::Desa: return s.desaId ? QString::number(s.desaId) : QString();
    case ImportField::Posyandu: return s.posyanduId ? QString::number(s.posyanduId) : QString();
    case ImportField::Rt: return s.rt;
    case ImportField::Rw: return s.rw;
    case ImportField::Address: return s.address;
    default: return {};
    }
}

bool SubjectFields::isEmpty(const Subject &subject, ImportField field)
{
    switch (field) {  // without formatting: imports ask this of every field of every line
    case ImportField::Sex: return !subject.sex;
    case ImportField::BirthDate: return subject.birthDate.isNull();
    case ImportField::Desa: return subject.desaId == 0;
    case ImportField::Posyandu: return subject.posyanduId == 0;
    default: return text(subject, field).isEmpty();
    }
}

bool SubjectFields::same(const Subject &a, const Subject &b, ImportField field)
{
    return text(a, field) == text(b, field);
}

void SubjectFields::copy(const Subject &from, Subject &to, ImportField field)
{
    switch (field) {
    case ImportField::Name: to.name = from.name; break;
    case ImportField::Nik: to.nik = from.nik; break;
    case ImportField::Sex: to.sex = from.sex; break;
    case ImportField::BirthDate: to.birthDate = from.birthDate; break;
    case ImportField::KkNumber: to.kkNumber = from.kkNumber; break;
    case ImportField::MotherName: to.motherName = from.motherName; break;
    case ImportField::FatherName: to.fatherName = from.fatherName; break;
    case ImportField::Desa: to.desaId = from.desaId; break;
    case ImportField::Posyandu: to.posyanduId = from.posyanduId; break;
    case ImportField::Rt: to.rt = from.rt; break;
    case ImportField::Rw: to.rw = from.rw; break;
    case ImportField::Address: to.address = from.address; break;
    default: break;
    }
}
