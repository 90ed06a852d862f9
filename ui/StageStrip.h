#pragma once

#include "audit/StageProgress.h"

#include <QList>
#include <QWidget>

class QLabel;
class StageCard;

// The five stages of a cycle side by side, each saying whether it is done or what it lacks.
class StageStrip : public QWidget {
    Q_OBJECT
public:
    explicit StageStrip(QWidget *parent = nullptr);
    void setProgress(const QList<StageProgress> &stages);
    QList<StageCard *> cards() const { return m_cards; }

Q_SIGNALS:
    void stageRequested(CycleStage stage);

private:
    QList<StageCard *> m_cards;
    QList<QLabel *> m_links;
};
