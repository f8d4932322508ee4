// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

namespace sitekeeper {

// Finds credential-like text in prose (references, notes, descriptions, files given to
// `sitekeeper-cli scan`): password, passphrase and PIN assignments ("pw: Winter2024!") and
// temporary passwords in case-note prose in English, German, French, Spanish, Dutch and Italian
// ("neues Passwort lautet ...", "la contraseña es ..."); passwords on command lines (`net use`,
// `psexec -p`, `mysql -p...`, `curl -u user:pass`, `ConvertTo-SecureString '...' -AsPlainText`, ...);
// private key blocks; API keys and tokens of cloud and SaaS services whose format is documented
// (AWS, GitHub, GitLab, Slack, Stripe, Twilio, SendGrid, Google, Azure, npm, PyPI, Mailgun,
// Shopify, DigitalOcean, OpenAI, Anthropic, Atlassian, Heroku, Datadog), webhook and signed URLs;
// TOTP seeds and otpauth:// URIs, MFA backup codes, BitLocker recovery keys; JWTs, connection
// strings and URLs with a password, and long random-looking tokens. It reports where each one is
// and what kind it is; callers show the kind and the place, never the text (rule SK304).
//
// It is tuned for help-desk text: phone numbers, ticket and KB ids, UUIDs, URLs, hex error codes,
// Windows paths, MAC addresses, dates, talk about passwords ("password reset requested") and
// command lines that prompt for the password do not fire. Every expression is compiled once; each
// scan is a fixed number of passes over the text (tests/unit/core/tst_SecretCorpus.cpp measures
// recall and false alarms, tests/benchmarks/bench_scanner.cpp the throughput).
class SecretScanner {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::SecretScanner)

public:
    enum class Kind {
        Password,
        Passphrase,
        Pin,
        PrivateKey,
        AwsAccessKey,
        AwsSecretKey,
        GitHubToken,
        GitLabToken,
        SlackToken,
        Jwt,
        ConnectionString,
        HighEntropyToken,
        CommandLinePassword,
        ApiKey,
        StripeKey,
        TwilioKey,
        SendGridKey,
        GoogleApiKey,
        AzureStorageKey,
        AzureClientSecret,
        SignedUrl,
        NpmToken,
        PyPiToken,
        WebhookUrl,
        MailgunKey,
        ShopifyToken,
        DigitalOceanToken,
        OpenAiKey,
        AnthropicKey,
        AtlassianToken,
        HerokuKey,
        DatadogKey,
        TotpSeed,
        MfaBackupCodes,
        BitLockerRecoveryKey,
    };
    // Every kind, in declaration order (for tests and documentation).
    static QList<Kind> allKinds();

    // Where a secret is: `offset` and `length` in QChars of the scanned text; line and column count
    // from 1. For an assignment the span is the secret value, not the word "password".
    struct Hit {
        Kind kind = Kind::Password;
        qsizetype offset = 0;
        qsizetype length = 0;
        int line = 1;
        int column = 1;

        bool operator==(const Hit&) const = default;
    };

    static QList<Hit> scan(QStringView text);
    static bool containsSecret(QStringView text) { return !scan(text).isEmpty(); }

    // snake_case, as the CLI prints it: "password", "aws_access_key", ...
    static QString kindName(Kind kind);
    // For people, translated: "a password", "an AWS access key", ...
    static QString kindDescription(Kind kind);
};

} // namespace sitekeeper
