// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityTypes.h"

#include <QSet>
#include <QTest>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

// One descriptor per kind: names are unique and read back, and each kind maps to its entity type.
class tst_EntityKind : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void namesReadBack() {
        QSet<QString> names;
        QSet<QString> lists;
        for (EntityKind kind : allEntityKinds()) {
            const QString name = entityName(kind);
            QVERIFY(!names.contains(name));
            names.insert(name);
            QCOMPARE(entityKindFromName(name), std::optional(kind));
            const QString list = QString::fromLatin1(descriptor(kind).listKey);
            QVERIFY(!lists.contains(list));
            lists.insert(list);
            QCOMPARE(entityKindFromListKey(list), std::optional(kind));
            QVERIFY(!displayName(kind).isEmpty());
            QVERIFY(!pluralDisplayName(kind).isEmpty());
        }
        QCOMPARE(names.size(), 10);
        QCOMPARE(entityKindFromName(u"time_window"_s), std::nullopt);
        QCOMPARE(entityKindFromName(QString()), std::nullopt);
    }

    // The spellings of the bundle, the outbox and the wire.
    void spellings() {
        QCOMPARE(entityName(EntityKind::ClientProfile), u"client_profile"_s);
        QCOMPARE(entityName(EntityKind::Credential), u"credential"_s);
        QCOMPARE(entityName(EntityKind::NotificationRule), u"notification_rule"_s);
        QCOMPARE(entityKindFromListKey(u"client_profiles"), EntityKind::ClientProfile);
        QCOMPARE(entityKindFromListKey(u"contacts"), EntityKind::PartnerContact);
    }

    void eachKindIsItsType() {
        for (EntityKind kind : allEntityKinds()) {
            const EntityKind visited =
                visitEntityType(kind, []<class T>(std::type_identity<T>) { return T::entityKind; });
            QCOMPARE(visited, kind);
        }
    }
};

QTEST_GUILESS_MAIN(tst_EntityKind)
#include "tst_EntityKind.moc"
