#pragma once

#include "domain/EnumText.h"

// The values an import can fill, each found in a file by its column header.
enum class ImportField {
    Nik, Name, Sex, BirthDate, MeasuredOn, Weight, LengthHeight, Position, Muac, HeadCircumference, Hb,
    MotherName, FatherName, Desa, Kecamatan, Posyandu, Rt, Rw, Address, KkNumber
};

template <>
struct EnumInfo<ImportField> {
    static constexpr const char *context = "ImportField";
    static constexpr std::array<EnumEntry<ImportField>, 20> entries{{
        {ImportField::Nik, "nik", QT_TRANSLATE_NOOP("ImportField", "NIK")},
        {ImportField::Name, "name", QT_TRANSLATE_NOOP("ImportField", "Name")},
        {ImportField::Sex, "sex", QT_TRANSLATE_NOOP("ImportField", "Sex")},
        {ImportField::BirthDate, "birth_date", QT_TRANSLATE_NOOP("ImportField", "Birth date")},
        {ImportField::MeasuredOn, "measured_on", QT_TRANSLATE_NOOP("ImportField", "Measurement date")},
        {ImportField::Weight, "weight", QT_TRANSLATE_NOOP("ImportField", "Weight (kg)")},
        {ImportField::LengthHeight, "length_height", QT_TRANSLATE_NOOP("ImportField", "Length/height (cm)")},
        {ImportField::Position, "position", QT_TRANSLATE_NOOP("ImportField", "How measured")},
        {ImportField::Muac, "muac", QT_TRANSLATE_NOOP("ImportField", "LiLA (cm)")},
        {ImportField::HeadCircumference, "head", QT_TRANSLATE_NOOP("ImportField", "Head circumference (cm)")},
        {ImportField::Hb, "hb", QT_TRANSLATE_NOOP("ImportField", "Hb (g/dL)")},
        {ImportField::MotherName, "mother_name", QT_TRANSLATE_NOOP("ImportField", "Mother's name")},
        {ImportField::FatherName, "father_name", QT_TRANSLATE_NOOP("ImportField", "Father's name")},
        {ImportField::Desa, "desa", QT_TRANSLATE_NOOP("ImportField", "Desa/kelurahan")},
        {ImportField::Kecamatan, "kecamatan", QT_TRANSLATE_NOOP("ImportField", "Kecamatan")},
        {ImportField::Posyandu, "posyandu", QT_TRANSLATE_NOOP("ImportField", "Posyandu")},
        {ImportField::Rt, "rt", QT_TRANSLATE_NOOP("ImportField", "RT")},
        {ImportField::Rw, "rw", QT_TRANSLATE_NOOP("ImportField", "RW")},
        {ImportField::Address, "address", QT_TRANSLATE_NOOP("ImportField", "Address")},
        {ImportField::KkNumber, "kk", QT_TRANSLATE_NOOP("ImportField", "Family card number (KK)")},
    }};
};
