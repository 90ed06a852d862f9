#pragma once

#include <QMap>
#include <QWizardPage>
#include <functional>

class ActionItemDialog;
class QPushButton;
class QTableWidget;
class RecommendationDialog;
class ReviewWizard;

// The experts' recommendations, of three kinds (handling this case, improving case management,
// preventing similar cases), each with the number of RTL items already made from it.
class RecommendationsPage : public QWizardPage {
    Q_OBJECT
public:
    enum Column { Kind, Text, RtlItems };

    explicit RecommendationsPage(ReviewWizard *wizard);
    void initializePage() override;
    bool validatePage() override;

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *makeItemButton() const { return m_makeItem; }
    // The recommendation dialog is modal; tests drive it through this hook instead of an event loop.
    static void setDialogHook(std::function<void(RecommendationDialog &)> hook);
    static void setItemDialogHook(std::function<void(ActionItemDialog &)> hook);

private:
    void refresh();
    void edit(int row);
    void remove();
    void makeItem();
    void updateButtons();

    ReviewWizard *m_wizard;
    QMap<qint64, int> m_itemCounts;  // RTL items by recommendation id
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_makeItem;
};
