-- Reference data for stages 3 and 4, and what the expert review and meetings keep beyond version 2.
-- Reference rows are data, not code: a new edition of the national guidance adds rows.
-- label is Indonesian (the guidance's own words); label_en is shown when the interface is English.

-- The items of the audit worksheet (KKA) of one target group, in one edition of the guidance.
CREATE TABLE worksheet_item (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    target_group TEXT NOT NULL,
    edition TEXT NOT NULL,
    section TEXT NOT NULL,
    code TEXT NOT NULL,
    label TEXT NOT NULL,
    label_en TEXT NOT NULL DEFAULT '',
    definition TEXT NOT NULL DEFAULT '',
    usual_source TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (target_group, edition, code)
);
CREATE INDEX worksheet_item_group ON worksheet_item(target_group, edition, position);

-- One answered item of a case's worksheet.
CREATE TABLE worksheet_answer (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    review_id INTEGER NOT NULL REFERENCES expert_review(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES worksheet_item(id) ON DELETE RESTRICT,
    answer TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    verified INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (review_id, item_id)
);

-- The worksheet's header beyond what the case and its subject already say.
ALTER TABLE expert_review ADD COLUMN worksheet_edition TEXT NOT NULL DEFAULT '';
ALTER TABLE expert_review ADD COLUMN puskesmas_id INTEGER REFERENCES puskesmas(id) ON DELETE SET NULL;

-- The taxonomy of causes a review ticks (review_cause.cause is a code from here). A retired
-- cause stays for the reviews that used it but is no longer offered.
CREATE TABLE cause_category (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    label_en TEXT NOT NULL DEFAULT '',
    is_direct INTEGER NOT NULL,
    position INTEGER NOT NULL,
    retired INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

INSERT INTO cause_category (uuid, code, label, label_en, is_direct, position, created_at, updated_at)
SELECT lower(hex(randomblob(16))), code, label, label_en, is_direct, position,
       strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
FROM (
    SELECT 'intake' AS code, 'Asupan gizi kurang' AS label, 'Inadequate dietary intake' AS label_en, 1 AS is_direct, 1 AS position
    UNION ALL SELECT 'infection', 'Penyakit infeksi (diare, ISPA, TBC, kecacingan)', 'Infectious disease (diarrhoea, respiratory infection, TB, worms)', 1, 2
    UNION ALL SELECT 'underlying_disease', 'Penyakit penyerta atau kelainan bawaan', 'Underlying disease or congenital condition', 1, 3
    UNION ALL SELECT 'maternal_condition', 'Kondisi ibu (anemia, KEK, hipertensi dalam kehamilan)', 'Mother''s condition (anaemia, chronic energy deficiency, hypertension in pregnancy)', 1, 4
    UNION ALL SELECT 'parenting', 'Pola asuh dan praktik pemberian makan (ASI, MP-ASI)', 'Parenting and feeding practice (breastfeeding, complementary feeding)', 0, 10
    UNION ALL SELECT 'health_services', 'Akses dan mutu layanan kesehatan', 'Access to and quality of health services', 0, 11
    UNION ALL SELECT 'water_sanitation', 'Air minum dan sanitasi', 'Drinking water and sanitation', 0, 12
    UNION ALL SELECT 'food_security', 'Ketahanan pangan keluarga', 'Household food security', 0, 13
    UNION ALL SELECT 'economy', 'Ekonomi keluarga', 'Household economy', 0, 14
    UNION ALL SELECT 'education', 'Pendidikan dan pengetahuan keluarga', 'Education and knowledge of the family', 0, 15
    UNION ALL SELECT 'housing', 'Perumahan dan lingkungan', 'Housing and surroundings', 0, 16
    UNION ALL SELECT 'four_too', 'Kehamilan 4 Terlalu (terlalu muda, tua, dekat, banyak)', 'Pregnancy "4 too" (too young, too old, too close, too many)', 0, 17
    UNION ALL SELECT 'smoking', 'Paparan asap rokok', 'Exposure to tobacco smoke', 0, 18
);

-- The agencies invited to a meeting as a whole (the people invited are in attendance).
CREATE TABLE meeting_agency (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    agency_id INTEGER NOT NULL REFERENCES agency(id) ON DELETE RESTRICT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (meeting_id, agency_id)
);

-- The worksheet (KKA) items of the 2022 national guidance, per target group. Items whose code the
-- program knows (umur, pb_u, bb_u, bb_pb, berat_lahir, panjang_lahir, lila, hb, imt, tb, anc, ttd,
-- usia_kehamilan, 4_terlalu, merokok, air_minum, jamban) are filled in from the subject's latest
-- measurement and risk answers when a review starts; the user may change them.
-- Children under two and under five share one list.
INSERT INTO worksheet_item (uuid, target_group, edition, section, code, label, label_en, definition, usual_source, position, created_at, updated_at)
SELECT lower(hex(randomblob(16))), target_group, '2022', section, code, label, label_en, definition, usual_source, position,
       strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
FROM (SELECT 'BADUTA' AS target_group UNION ALL SELECT 'BALITA') AS target_groups, (
    SELECT 'Identitas' AS section, 'umur' AS code, 'Umur anak (bulan)' AS label, 'Age of the child (months)' AS label_en, 'Umur dalam bulan penuh pada tanggal pengukuran terakhir.' AS definition, 'Buku KIA, akta kelahiran' AS usual_source, 1 AS position
    UNION ALL SELECT 'Identitas', 'berat_lahir', 'Berat badan lahir (gram)', 'Birth weight (g)', 'Berat lahir yang tercatat; BBLR bila kurang dari 2.500 gram.', 'Buku KIA', 2
    UNION ALL SELECT 'Identitas', 'panjang_lahir', 'Panjang badan lahir (cm)', 'Birth length (cm)', 'Panjang lahir yang tercatat; pendek lahir bila kurang dari 48 cm.', 'Buku KIA', 3
    UNION ALL SELECT 'Status gizi', 'pb_u', 'Z-skor PB/U atau TB/U dan kategori', 'Length/height-for-age z-score and category', 'Pendek bila kurang dari -2 SD, sangat pendek bila kurang dari -3 SD (Permenkes 2/2020), dari pengukuran terakhir.', 'e-PPGBM', 4
    UNION ALL SELECT 'Status gizi', 'bb_u', 'Z-skor BB/U dan kategori', 'Weight-for-age z-score and category', 'Berat badan kurang bila kurang dari -2 SD, sangat kurang bila kurang dari -3 SD.', 'e-PPGBM', 5
    UNION ALL SELECT 'Status gizi', 'bb_pb', 'Z-skor BB/PB atau BB/TB dan kategori', 'Weight-for-length/height z-score and category', 'Gizi kurang bila kurang dari -2 SD, gizi buruk bila kurang dari -3 SD.', 'e-PPGBM', 6
    UNION ALL SELECT 'Status gizi', 'tren_bb', 'Tren berat badan 3 bulan terakhir', 'Weight trend over the last 3 months', 'Naik sesuai kenaikan berat badan minimal (KBM) atau tidak naik (T) pada KMS.', 'Buku KIA, register posyandu', 7
    UNION ALL SELECT 'Pola makan', 'asi_eksklusif', 'Riwayat ASI eksklusif', 'History of exclusive breastfeeding', 'Hanya ASI sampai umur 6 bulan, tanpa makanan atau minuman lain.', 'Wawancara ibu, buku KIA', 8
    UNION ALL SELECT 'Pola makan', 'mpasi', 'Pemberian MP-ASI sesuai umur', 'Age-appropriate complementary feeding', 'Frekuensi, jumlah, tekstur dan keragaman (minimal 5 dari 8 kelompok pangan, termasuk protein hewani) sesuai umur.', 'Wawancara ibu (recall 24 jam)', 9
    UNION ALL SELECT 'Riwayat penyakit dan perawatan', 'infeksi', 'Riwayat diare atau ISPA berulang dalam 3 bulan terakhir', 'Recurrent diarrhoea or respiratory infection in the last 3 months', 'Dua kali atau lebih dalam 3 bulan terakhir, atau sedang sakit saat dikunjungi.', 'Register MTBS Puskesmas, wawancara ibu', 10
    UNION ALL SELECT 'Riwayat penyakit dan perawatan', 'penyakit_penyerta', 'Penyakit penyerta atau kelainan bawaan', 'Underlying disease or congenital condition', 'Misalnya TBC, penyakit jantung bawaan, kelainan metabolik; kontak serumah dengan penderita TBC.', 'Rekam medis Puskesmas atau rumah sakit', 11
    UNION ALL SELECT 'Pelayanan yang diterima', 'imunisasi', 'Imunisasi dasar lengkap', 'Complete basic immunisation', 'Sesuai jadwal umur: HB0, BCG, polio, DPT-HB-Hib, campak-rubela.', 'Buku KIA, kohort bayi', 12
    UNION ALL SELECT 'Pelayanan yang diterima', 'posyandu', 'Penimbangan di posyandu setiap bulan', 'Weighed at the posyandu every month', 'Hadir dan ditimbang di posyandu paling sedikit 8 kali dalam setahun.', 'Register posyandu', 13
    UNION ALL SELECT 'Keluarga', 'merokok', 'Status merokok anggota keluarga', 'Smoking in the household', 'Ada anggota keluarga yang merokok di dalam rumah.', 'Pendataan Keluarga (PK)', 14
    UNION ALL SELECT 'Air minum dan sanitasi', 'air_minum', 'Sumber air minum', 'Drinking-water source', 'Layak: ledeng, sumur bor, sumur terlindung, air kemasan atau isi ulang.', 'Pendataan Keluarga (PK)', 15
    UNION ALL SELECT 'Air minum dan sanitasi', 'jamban', 'Jamban sehat', 'Proper latrine', 'Jamban leher angsa milik sendiri dengan tangki septik.', 'Pendataan Keluarga (PK)', 16
    UNION ALL SELECT 'Ekonomi', 'ekonomi', 'Penghasilan keluarga dan bantuan sosial (PKH/BPNT)', 'Household income and social assistance', 'Penghasilan per bulan dibanding UMK; terdaftar DTKS atau menerima PKH/BPNT.', 'Pendataan Keluarga (PK), DTKS', 17
) AS items;

-- Prospective brides.
INSERT INTO worksheet_item (uuid, target_group, edition, section, code, label, label_en, definition, usual_source, position, created_at, updated_at)
SELECT lower(hex(randomblob(16))), target_group, '2022', section, code, label, label_en, definition, usual_source, position,
       strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
FROM (SELECT 'CATIN' AS target_group) AS target_groups, (
    SELECT 'Identitas' AS section, 'umur' AS code, 'Umur (tahun)' AS label, 'Age (years)' AS label_en, 'Umur dalam tahun penuh pada tanggal pengukuran terakhir.' AS definition, 'KTP, Kartu Keluarga' AS usual_source, 1 AS position
    UNION ALL SELECT 'Pemeriksaan pranikah', 'pemeriksaan_pranikah', 'Pemeriksaan kesehatan pranikah', 'Premarital health check', 'Pemeriksaan di Puskesmas paling lambat 3 bulan sebelum menikah (Hb, LiLA, tinggi dan berat badan).', 'Elsimil, register catin Puskesmas', 2
    UNION ALL SELECT 'Pemeriksaan pranikah', 'elsimil', 'Pengisian Elsimil', 'Elsimil self-screening completed', 'Catin mengisi Elsimil dan mendapat sertifikat siap nikah.', 'Elsimil', 3
    UNION ALL SELECT 'Status gizi', 'tb', 'Tinggi badan (cm)', 'Height (cm)', 'Tinggi badan kurang dari 150 cm berisiko melahirkan anak pendek.', 'Elsimil, hasil pengukuran', 4
    UNION ALL SELECT 'Status gizi', 'lila', 'LiLA (cm)', 'Mid-upper arm circumference (cm)', 'Kurang energi kronis (KEK) bila kurang dari 23,5 cm.', 'Elsimil, kohort ibu', 5
    UNION ALL SELECT 'Status gizi', 'hb', 'Kadar Hb (g/dL)', 'Haemoglobin (g/dL)', 'Anemia bila kurang dari 12 g/dL (kurang dari 11 g/dL pada ibu hamil).', 'Hasil laboratorium Puskesmas', 6
    UNION ALL SELECT 'Status gizi', 'imt', 'Indeks massa tubuh (IMT)', 'Body mass index (BMI)', 'Berat badan (kg) dibagi kuadrat tinggi badan (m); kurus bila kurang dari 18,5.', 'Elsimil, hasil pengukuran', 7
    UNION ALL SELECT 'Pola makan', 'ttd', 'Konsumsi TTD', 'Iron-folic acid tablets taken', 'Minum tablet tambah darah 1 tablet setiap minggu.', 'Wawancara, kartu TTD', 8
    UNION ALL SELECT 'Pola makan', 'gizi_seimbang', 'Pola makan gizi seimbang', 'Balanced diet', 'Makan 3 kali sehari dengan lauk hewani dan sayur atau buah.', 'Wawancara', 9
    UNION ALL SELECT 'Riwayat penyakit dan perawatan', 'penyakit', 'Riwayat penyakit (anemia, TBC, hipertensi)', 'Medical history (anaemia, TB, hypertension)', 'Penyakit yang diderita atau sedang diobati.', 'Rekam medis Puskesmas', 10
    UNION ALL SELECT 'Keluarga', 'merokok', 'Status merokok anggota keluarga', 'Smoking in the household', 'Ada anggota keluarga yang merokok di dalam rumah.', 'Pendataan Keluarga (PK), Elsimil', 11
    UNION ALL SELECT 'Air minum dan sanitasi', 'air_minum', 'Sumber air minum', 'Drinking-water source', 'Layak: ledeng, sumur bor, sumur terlindung, air kemasan atau isi ulang.', 'Pendataan Keluarga (PK)', 12
    UNION ALL SELECT 'Air minum dan sanitasi', 'jamban', 'Jamban sehat', 'Proper latrine', 'Jamban leher angsa milik sendiri dengan tangki septik.', 'Pendataan Keluarga (PK)', 13
    UNION ALL SELECT 'Ekonomi', 'ekonomi', 'Penghasilan keluarga dan bantuan sosial (PKH/BPNT)', 'Household income and social assistance', 'Penghasilan per bulan dibanding UMK; terdaftar DTKS atau menerima PKH/BPNT.', 'Pendataan Keluarga (PK), DTKS', 14
) AS items;

-- Pregnant women.
INSERT INTO worksheet_item (uuid, target_group, edition, section, code, label, label_en, definition, usual_source, position, created_at, updated_at)
SELECT lower(hex(randomblob(16))), target_group, '2022', section, code, label, label_en, definition, usual_source, position,
       strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
FROM (SELECT 'BUMIL' AS target_group) AS target_groups, (
    SELECT 'Identitas' AS section, 'umur' AS code, 'Umur (tahun)' AS label, 'Age (years)' AS label_en, 'Umur dalam tahun penuh pada tanggal pengukuran terakhir.' AS definition, 'KTP, Kartu Keluarga' AS usual_source, 1 AS position
    UNION ALL SELECT 'Kehamilan dan pemeriksaan antenatal', 'usia_kehamilan', 'Usia kehamilan (minggu)', 'Gestational age (weeks)', 'Dihitung dari hari pertama haid terakhir (HPHT) atau USG.', 'Buku KIA, kohort ibu', 2
    UNION ALL SELECT 'Kehamilan dan pemeriksaan antenatal', 'anc', 'Pemeriksaan ANC minimal 6 kali', 'At least 6 antenatal visits', 'Paling sedikit 6 kali: 2 pada trimester 1, 1 pada trimester 2, 3 pada trimester 3; 2 kali oleh dokter.', 'Buku KIA, kohort ibu', 3
    UNION ALL SELECT 'Kehamilan dan pemeriksaan antenatal', 'ttd', 'Konsumsi TTD', 'Iron-folic acid tablets taken', 'Jumlah tablet tambah darah yang diminum selama kehamilan (minimal 90 tablet).', 'Buku KIA, wawancara', 4
    UNION ALL SELECT 'Status gizi', 'lila', 'LiLA (cm)', 'Mid-upper arm circumference (cm)', 'Kurang energi kronis (KEK) bila kurang dari 23,5 cm.', 'Elsimil, kohort ibu', 5
    UNION ALL SELECT 'Status gizi', 'hb', 'Kadar Hb (g/dL)', 'Haemoglobin (g/dL)', 'Anemia bila kurang dari 12 g/dL (kurang dari 11 g/dL pada ibu hamil).', 'Hasil laboratorium Puskesmas', 6
    UNION ALL SELECT 'Status gizi', 'tb', 'Tinggi badan (cm)', 'Height (cm)', 'Tinggi badan kurang dari 150 cm berisiko melahirkan anak pendek.', 'Elsimil, hasil pengukuran', 7
    UNION ALL SELECT 'Status gizi', 'kenaikan_bb', 'Kenaikan berat badan selama hamil', 'Weight gain during pregnancy', 'Sesuai IMT sebelum hamil (misalnya 11,5-16 kg bila IMT normal).', 'Buku KIA', 8
    UNION ALL SELECT 'Pola makan', 'pmt', 'Makanan tambahan ibu hamil', 'Supplementary food for pregnant women', 'Menerima dan menghabiskan PMT ibu hamil KEK.', 'Register PMT Puskesmas', 9
    UNION ALL SELECT 'Riwayat penyakit dan perawatan', 'penyakit', 'Penyakit penyerta (hipertensi, diabetes, TBC, malaria, HIV)', 'Underlying disease (hypertension, diabetes, TB, malaria, HIV)', 'Hasil skrining atau diagnosis selama kehamilan.', 'Kohort ibu, rekam medis', 10
    UNION ALL SELECT 'Keluarga', '4_terlalu', 'Kehamilan 4 Terlalu', 'Pregnancy "4 too" risks', 'Terlalu muda (di bawah 20 tahun), terlalu tua (di atas 35 tahun), terlalu dekat (jarak di bawah 24 bulan), terlalu banyak (lebih dari 3 anak).', 'Elsimil, kohort ibu', 11
    UNION ALL SELECT 'Keluarga', 'merokok', 'Status merokok anggota keluarga', 'Smoking in the household', 'Ada anggota keluarga yang merokok di dalam rumah.', 'Pendataan Keluarga (PK), Elsimil', 12
    UNION ALL SELECT 'Air minum dan sanitasi', 'air_minum', 'Sumber air minum', 'Drinking-water source', 'Layak: ledeng, sumur bor, sumur terlindung, air kemasan atau isi ulang.', 'Pendataan Keluarga (PK)', 13
    UNION ALL SELECT 'Air minum dan sanitasi', 'jamban', 'Jamban sehat', 'Proper latrine', 'Jamban leher angsa milik sendiri dengan tangki septik.', 'Pendataan Keluarga (PK)', 14
    UNION ALL SELECT 'Ekonomi', 'ekonomi', 'Penghasilan keluarga dan bantuan sosial (PKH/BPNT)', 'Household income and social assistance', 'Penghasilan per bulan dibanding UMK; terdaftar DTKS atau menerima PKH/BPNT.', 'Pendataan Keluarga (PK), DTKS', 15
) AS items;

-- Postpartum mothers.
INSERT INTO worksheet_item (uuid, target_group, edition, section, code, label, label_en, definition, usual_source, position, created_at, updated_at)
SELECT lower(hex(randomblob(16))), target_group, '2022', section, code, label, label_en, definition, usual_source, position,
       strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
FROM (SELECT 'BUFAS' AS target_group) AS target_groups, (
    SELECT 'Identitas' AS section, 'umur' AS code, 'Umur (tahun)' AS label, 'Age (years)' AS label_en, 'Umur dalam tahun penuh pada tanggal pengukuran terakhir.' AS definition, 'KTP, Kartu Keluarga' AS usual_source, 1 AS position
    UNION ALL SELECT 'Persalinan dan nifas', 'persalinan', 'Persalinan di fasilitas kesehatan', 'Delivery at a health facility', 'Ditolong tenaga kesehatan di fasilitas kesehatan.', 'Buku KIA, register persalinan', 2
    UNION ALL SELECT 'Persalinan dan nifas', 'berat_lahir_bayi', 'Berat lahir bayi (gram)', 'Baby''s birth weight (g)', 'BBLR bila kurang dari 2.500 gram.', 'Buku KIA', 3
    UNION ALL SELECT 'Persalinan dan nifas', 'kf', 'Kunjungan nifas (KF) lengkap', 'Complete postpartum visits', 'Empat kali: 6-48 jam, 3-7 hari, 8-28 hari dan 29-42 hari setelah persalinan.', 'Buku KIA, kohort ibu', 4
    UNION ALL SELECT 'Persalinan dan nifas', 'kb_pascapersalinan', 'KB pascapersalinan', 'Postpartum family planning', 'Menggunakan alat kontrasepsi dalam 42 hari setelah persalinan.', 'Register KB, Elsimil', 5
    UNION ALL SELECT 'Status gizi', 'lila', 'LiLA (cm)', 'Mid-upper arm circumference (cm)', 'Kurang energi kronis (KEK) bila kurang dari 23,5 cm.', 'Elsimil, kohort ibu', 6
    UNION ALL SELECT 'Status gizi', 'hb', 'Kadar Hb (g/dL)', 'Haemoglobin (g/dL)', 'Anemia bila kurang dari 12 g/dL (kurang dari 11 g/dL pada ibu hamil).', 'Hasil laboratorium Puskesmas', 7
    UNION ALL SELECT 'Status gizi', 'imt', 'Indeks massa tubuh (IMT)', 'Body mass index (BMI)', 'Berat badan (kg) dibagi kuadrat tinggi badan (m); kurus bila kurang dari 18,5.', 'Elsimil, hasil pengukuran', 8
    UNION ALL SELECT 'Pola makan', 'menyusui', 'Menyusui eksklusif dan inisiasi menyusu dini', 'Exclusive breastfeeding and early initiation', 'IMD dalam 1 jam setelah lahir; hanya ASI sampai bayi berumur 6 bulan.', 'Wawancara ibu, buku KIA', 9
    UNION ALL SELECT 'Keluarga', '4_terlalu', 'Kehamilan 4 Terlalu', 'Pregnancy "4 too" risks', 'Terlalu muda (di bawah 20 tahun), terlalu tua (di atas 35 tahun), terlalu dekat (jarak di bawah 24 bulan), terlalu banyak (lebih dari 3 anak).', 'Elsimil, kohort ibu', 10
    UNION ALL SELECT 'Keluarga', 'merokok', 'Status merokok anggota keluarga', 'Smoking in the household', 'Ada anggota keluarga yang merokok di dalam rumah.', 'Pendataan Keluarga (PK), Elsimil', 11
    UNION ALL SELECT 'Air minum dan sanitasi', 'air_minum', 'Sumber air minum', 'Drinking-water source', 'Layak: ledeng, sumur bor, sumur terlindung, air kemasan atau isi ulang.', 'Pendataan Keluarga (PK)', 12
    UNION ALL SELECT 'Air minum dan sanitasi', 'jamban', 'Jamban sehat', 'Proper latrine', 'Jamban leher angsa milik sendiri dengan tangki septik.', 'Pendataan Keluarga (PK)', 13
    UNION ALL SELECT 'Ekonomi', 'ekonomi', 'Penghasilan keluarga dan bantuan sosial (PKH/BPNT)', 'Household income and social assistance', 'Penghasilan per bulan dibanding UMK; terdaftar DTKS atau menerima PKH/BPNT.', 'Pendataan Keluarga (PK), DTKS', 14
) AS items;
