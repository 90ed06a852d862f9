#include "wizards/MeetingPage.h"

#include "wizards/MeetingWizard.h"

MeetingPage::MeetingPage(MeetingWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setFinalPage(true);  // Finish stores the page and closes; a re-opened meeting often needs only one page
}

void MeetingPage::initializePage()
{
    display(m_wizard->draft());
}

bool MeetingPage::validatePage()
{
    return m_wizard->storePage(this);
}

void MeetingPage::cleanupPage()
{
    collect(m_wizard->draft());
}
