#include <catch2/catch.hpp>

#include "documents/IndonesianNumberWords.h"

TEST_CASE("Numbers are written in Indonesian words", "[documents]")
{
    const QList<QPair<qint64, QString>> cases = {
        {0, QStringLiteral("nol")},
        {1, QStringLiteral("satu")},
        {9, QStringLiteral("sembilan")},
        {10, QStringLiteral("sepuluh")},
        {11, QStringLiteral("sebelas")},
        {12, QStringLiteral("dua belas")},
        {19, QStringLiteral("sembilan belas")},
        {20, QStringLiteral("dua puluh")},
        {21, QStringLiteral("dua puluh satu")},
        {31, QStringLiteral("tiga puluh satu")},
        {99, QStringLiteral("sembilan puluh sembilan")},
        {100, QStringLiteral("seratus")},
        {101, QStringLiteral("seratus satu")},
        {110, QStringLiteral("seratus sepuluh")},
        {111, QStringLiteral("seratus sebelas")},
        {115, QStringLiteral("seratus lima belas")},
        {200, QStringLiteral("dua ratus")},
        {999, QStringLiteral("sembilan ratus sembilan puluh sembilan")},
        {1000, QStringLiteral("seribu")},
        {1001, QStringLiteral("seribu satu")},
        {1999, QStringLiteral("seribu sembilan ratus sembilan puluh sembilan")},
        {2000, QStringLiteral("dua ribu")},
        {2023, QStringLiteral("dua ribu dua puluh tiga")},
        {2024, QStringLiteral("dua ribu dua puluh empat")},
        {11000, QStringLiteral("sebelas ribu")},
        {100000, QStringLiteral("seratus ribu")},
        {101000, QStringLiteral("seratus satu ribu")},
        {1000000, QStringLiteral("satu juta")},
        {2500000, QStringLiteral("dua juta lima ratus ribu")},
        {1000000000, QStringLiteral("satu miliar")},
        {-5, QStringLiteral("minus lima")},
    };
    for (const auto &[value, words] : cases) {
        INFO(value);
        CHECK(IndonesianNumberWords::number(value) == words);
    }
}

TEST_CASE("A date is written in Indonesian words as an official record opens", "[documents]")
{
    CHECK(IndonesianNumberWords::date(QDate(2023, 10, 31)) == QStringLiteral("Selasa tanggal tiga puluh satu bulan Oktober tahun dua ribu dua puluh tiga"));
    CHECK(IndonesianNumberWords::date(QDate(2024, 1, 1)) == QStringLiteral("Senin tanggal satu bulan Januari tahun dua ribu dua puluh empat"));
    CHECK(IndonesianNumberWords::date(QDate(2024, 8, 17)) == QStringLiteral("Sabtu tanggal tujuh belas bulan Agustus tahun dua ribu dua puluh empat"));
    CHECK(IndonesianNumberWords::date(QDate()).isEmpty());
}
