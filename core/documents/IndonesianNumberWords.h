#pragma once

#include <QDate>
#include <QString>

// Numbers and dates written out in Indonesian words, as an official record (berita acara) opens:
// "Selasa tanggal tiga puluh satu bulan Oktober tahun dua ribu dua puluh tiga". This is Indonesian
// grammar rather than a translation, so it is not routed through tr().
class IndonesianNumberWords {
public:
    // 0 "nol", 11 "sebelas", 100 "seratus", 1000 "seribu", 2023 "dua ribu dua puluh tiga";
    // negative numbers start with "minus".
    static QString number(qint64 value);
    // "Selasa tanggal tiga puluh satu bulan Oktober tahun dua ribu dua puluh tiga"; empty for an
    // invalid date. Day and month names are Indonesian whatever the interface language.
    static QString date(const QDate &value);

private:
    static QString belowThousand(int value);
};
