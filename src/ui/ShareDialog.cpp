// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShareDialog.h"

#include "CredentialSharing.h"
#include "Roles.h"
#include "ui_ShareDialog.h"

#include <QPushButton>

namespace sitekeeper {

ShareDialog::ShareDialog(const CredentialSharing& sharing, const CredentialRecord& record, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ShareDialog>())
    , m_sharing(sharing) {
    m_ui->setupUi(this);
    m_ui->intro->setText(
        tr("Who may read the secret of <b>%1</b>? It is sealed for each of them on this desk; "
           "the backend relays it without being able to read it.")
            .arg(record.label.toHtmlEscaped()));
    const auto has = [&record](const char* share) {
        return record.sharedWith.contains(QString::fromLatin1(share));
    };
    m_ui->team->setChecked(has(CredentialRecord::team));
    m_ui->service->setChecked(has(CredentialRecord::service));
    const protocol::KeyDirectory directory = sharing.directory();
    m_ui->service->setEnabled(!directory.servicePublicKey.isEmpty() || has(CredentialRecord::service));
    if (directory.servicePublicKey.isEmpty())
        m_ui->service->setToolTip(tr("The backend publishes no service key."));
    else
        m_ui->service->setToolTip(
            tr("Service key %1").arg(protocol::sealing::fingerprint(directory.servicePublicKey)));
    for (const protocol::MemberKey& member : directory.members) {
        if (member.revoked || member.memberId == sharing.memberId())
            continue;
        auto* item = new QListWidgetItem(
            tr("%1 <%2>, %3").arg(member.name, member.email, protocol::nameInSentence(member.role)),
            m_ui->members);
        item->setData(Qt::UserRole, member.email.toLower());
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(record.sharedWith.contains(member.email.toLower()) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(member.publicKey.isEmpty()
                             ? tr("Not signed in yet: the secret is sealed for them once they have.")
                             : tr("Key %1").arg(protocol::sealing::fingerprint(member.publicKey)));
    }
    // Someone named before who is no longer listed stays named until unticked here.
    for (const QString& share : record.sharedWith) {
        if (share == QLatin1String(CredentialRecord::team) ||
            share == QLatin1String(CredentialRecord::service))
            continue;
        if (!m_ui->members->findItems(share, Qt::MatchContains).isEmpty())
            continue;
        auto* item = new QListWidgetItem(share, m_ui->members);
        item->setData(Qt::UserRole, share);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_ui->membersCaption->setVisible(m_ui->members->count() > 0);
    m_ui->members->setVisible(m_ui->members->count() > 0);
    const QString fingerprint = sharing.myFingerprint();
    m_ui->myKey->setText(
        fingerprint.isEmpty()
            ? tr("Your member key is made at the next sync with the backend.")
            : tr("Your key: <tt>%1</tt>. Compare it with what your teammates see.").arg(fingerprint));
    connect(m_ui->team, &QCheckBox::toggled, this, &ShareDialog::updateNotes);
    connect(m_ui->service, &QCheckBox::toggled, this, &ShareDialog::updateNotes);
    connect(m_ui->members, &QListWidget::itemChanged, this, &ShareDialog::updateNotes);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Share"));
    updateNotes();
}

ShareDialog::~ShareDialog() = default;

QStringList ShareDialog::sharedWith() const {
    QStringList shares;
    if (m_ui->team->isChecked())
        shares.append(QString::fromLatin1(CredentialRecord::team));
    if (m_ui->service->isChecked())
        shares.append(QString::fromLatin1(CredentialRecord::service));
    for (int row = 0; row < m_ui->members->count(); ++row) {
        const QListWidgetItem* item = m_ui->members->item(row);
        if (item->checkState() == Qt::Checked)
            shares.append(item->data(Qt::UserRole).toString());
    }
    return shares;
}

void ShareDialog::updateNotes() {
    const QStringList shares = sharedWith();
    QStringList notes = m_sharing.recipientsOf(shares).unresolved;
    if (shares.isEmpty())
        notes.prepend(tr("Shared with nobody: the secret stays in this desk's keychain only."));
    m_ui->notes->setText(notes.join(QLatin1Char('\n')));
    m_ui->notes->setVisible(!notes.isEmpty());
}

} // namespace sitekeeper
