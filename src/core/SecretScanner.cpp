// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretScanner.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>
#include <vector>

namespace sitekeeper {

using namespace Qt::StringLiterals;

namespace {

using Kind = SecretScanner::Kind;
using Hit = SecretScanner::Hit;

constexpr auto ci = QRegularExpression::CaseInsensitiveOption;

struct Candidate {
    Kind kind;
    qsizetype offset;
    qsizetype length;
    int priority; // lower wins when two candidates overlap
};

// How a match's value is judged before it is reported.
enum class Check {
    None,        // the shape alone says it: report the capture as it is
    Delimited,   // a connection string's value: trailing punctuation trimmed, placeholders skipped
    Command,     // a command line's password flag: any value but a placeholder or a variable
    CommandWeak, // a positional argument that may be prose: it has to look like a password
    ValueBefore, // "... Sommer2025! as her new password": the word before the match
    NetUse,      // `net use`: the first bare argument after the share
    RunAs,       // `runas`: a bare argument after the program
    Totp,        // a base32 seed
    BackupCodes, // two or more codes that each have a digit
    ApiKeyValue, // a keyword-led key: long, letters and digits, not built of words
};

// Fixed-shape tokens: their prefix alone says what they are; and keyword- or command-led values.
struct TokenPattern {
    Kind kind;
    QRegularExpression re;
    int group; // the capture that is the secret
    Check check = Check::None;
    int priority = 1;
    // Case-folded words one of which every match contains: without one in the text the
    // expression is not run at all (empty: always run). Most notes hold none of them, and a search
    // for a word costs far less than starting an expression.
    QStringList anchors = {};
};

QRegularExpression compiled(const QString& pattern, QRegularExpression::PatternOptions options = {}) {
    QRegularExpression re(pattern, options);
    // A pattern that does not compile matches nothing, silently: a programming error.
    if (!re.isValid())
        qFatal("SecretScanner: pattern at %lld does not compile: %s", qlonglong(re.patternErrorOffset()),
               qPrintable(re.errorString()));
    re.optimize();
    return re;
}

// A command line's value: quoted, or a run of characters that ends at white space or a shell
// operator.
#define SK_VALUE "(\"[^\"\\r\\n]*\"|'[^'\\r\\n]*'|[^\\s\"'|;&<>]+)"
// The rest of a command line, lazily: no pipe, no new line.
#define SK_ARGS "[^\\r\\n|]*?"
// Password keywords of the six languages, for the value-first forms.
#define SK_PASSWORD_WORDS                                                                                    \
    "(?:password|passwort|kennwort|passwd|pwd|pw|mot de passe|mdp|contrase(?:ñ|n)a|wachtwoord)"

const QList<TokenPattern>& tokenPatterns() {
    static const QList<TokenPattern> patterns{
        {Kind::PrivateKey,
         compiled(QStringLiteral("-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\\s\\S]*?"
                                 "(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|\\z)")),
         0,
         Check::None,
         0,
         {u"private key"_s}},
        {Kind::PrivateKey,
         compiled(QStringLiteral("PuTTY-User-Key-File-\\d+:[\\s\\S]*?(?:Private-MAC: "
                                 "[0-9a-f]+|\\z)")),
         0,
         Check::None,
         0,
         {u"putty-user-key-file-"_s}},
        {Kind::AwsAccessKey,
         compiled(QStringLiteral("\\b(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ABIA|ACCA)[A-Z0-9]{16}\\b")),
         0,
         Check::None,
         1,
         {u"akia"_s, u"asia"_s, u"agpa"_s, u"aida"_s, u"aroa"_s, u"aipa"_s, u"anpa"_s, u"anva"_s, u"abia"_s,
          u"acca"_s}},
        {Kind::AwsSecretKey,
         compiled(QStringLiteral("aws_?secret_?(?:access_?)?key[\"']?\\s*[:=]\\s*[\"']?([A-Za-z0-9/+]{40})"
                                 "(?![A-Za-z0-9/+])"),
                  ci),
         1,
         Check::None,
         1,
         {u"secret"_s}},
        {Kind::GitHubToken,
         compiled(QStringLiteral("\\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\\b")),
         0,
         Check::None,
         1,
         {u"ghp_"_s, u"gho_"_s, u"ghu_"_s, u"ghs_"_s, u"ghr_"_s, u"github_pat_"_s}},
        {Kind::GitLabToken,
         compiled(QStringLiteral("\\bgl(?:pat|dt|rt|ptt|cbt|soat|ft|imt)-[A-Za-z0-9_-]{20,}")),
         0,
         Check::None,
         1,
         {u"glpat-"_s, u"gldt-"_s, u"glrt-"_s, u"glptt-"_s, u"glcbt-"_s, u"glsoat-"_s, u"glft-"_s,
          u"glimt-"_s}},
        {Kind::SlackToken,
         compiled(QStringLiteral("\\bxox[abposre](?:\\.xox[bp])?-[A-Za-z0-9-]{10,}")),
         0,
         Check::None,
         1,
         {u"xox"_s}},
        {Kind::SlackToken,
         compiled(QStringLiteral("\\bxapp-\\d-[A-Za-z0-9-]{10,}")),
         0,
         Check::None,
         1,
         {u"xapp-"_s}},
        {Kind::SlackToken,
         compiled(QStringLiteral("https://hooks\\.slack\\.com/(?:services/T[A-Za-z0-9]+/B[A-Za-z0-9]+/"
                                 "[A-Za-z0-9]{16,}|(?:workflows|triggers)/T[A-Za-z0-9]+/A[A-Za-z0-9]+/\\d+/"
                                 "[A-Za-z0-9]{16,})")),
         0,
         Check::None,
         1,
         {u"hooks.slack.com"_s}},
        {Kind::Jwt,
         compiled(QStringLiteral("\\beyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*")),
         0,
         Check::None,
         1,
         {u"eyj"_s}},
        // Stripe: secret and restricted keys, live or test, and webhook signing secrets. The
        // publishable pk_ keys are meant to be public.
        {Kind::StripeKey,
         compiled(QStringLiteral("\\b(?:[sr]k_(?:live|test)_[A-Za-z0-9]{20,247}|whsec_[A-Za-z0-9]{32,})\\b")),
         0,
         Check::None,
         1,
         {u"k_live_"_s, u"k_test_"_s, u"whsec_"_s}},
        // Twilio: an API key SID (SK + 32 hex), or the 32-hex auth token after an account SID.
        {Kind::TwilioKey, compiled(QStringLiteral("\\bSK[0-9a-fA-F]{32}\\b")), 0, Check::None, 1, {u"sk"_s}},
        {Kind::TwilioKey,
         compiled(QStringLiteral("\\bAC[0-9a-f]{32}\\b[^\\r\\n]{0,80}?\\b([0-9a-f]{32})\\b")),
         1,
         Check::None,
         1,
         {u"ac"_s}},
        {Kind::SendGridKey,
         compiled(QStringLiteral("\\bSG\\.[A-Za-z0-9_-]{16,32}\\.[A-Za-z0-9_-]{30,50}")),
         0,
         Check::None,
         1,
         {u"sg."_s}},
        // Google API keys and OAuth client secrets.
        {Kind::GoogleApiKey,
         compiled(QStringLiteral("\\b(?:AIza[0-9A-Za-z_-]{35}|GOCSPX-[A-Za-z0-9_-]{28})(?![0-9A-Za-z_-])")),
         0,
         Check::None,
         1,
         {u"aiza"_s, u"gocspx-"_s}},
        // Azure storage account keys and Service Bus / Event Hubs / IoT Hub shared access keys.
        {Kind::AzureStorageKey,
         compiled(QStringLiteral("\\b(?:AccountKey|SharedAccessKey)\\s*=\\s*([A-Za-z0-9+/]{20,}={0,2})"), ci),
         1,
         Check::None,
         1,
         {u"accountkey"_s, u"sharedaccesskey"_s}},
        // Entra ID (Azure AD) client secrets: three characters, a digit, "Q~", 31 to 34 more.
        {Kind::AzureClientSecret,
         compiled(QStringLiteral("(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}\\dQ~[A-Za-z0-9_~.-]{31,34}"
                                 "(?![A-Za-z0-9_~-])(?!\\.[A-Za-z0-9_~-])")),
         0,
         Check::None,
         1,
         {u"q~"_s}},
        // Signed URLs: Azure SAS and Logic Apps / Power Automate `sig=`, AWS `X-Amz-Signature=`.
        {Kind::SignedUrl,
         compiled(QStringLiteral(
                      "https?://[^\\s?#]+\\?[^\\s#]*?[?&](?:sig|X-Amz-Signature)=([A-Za-z0-9%+/=_-]{16,})"),
                  ci),
         1,
         Check::None,
         1,
         {u"sig="_s, u"x-amz-signature="_s}},
        {Kind::NpmToken,
         compiled(QStringLiteral("\\bnpm_[A-Za-z0-9]{36}\\b")),
         0,
         Check::None,
         1,
         {u"npm_"_s}},
        {Kind::PyPiToken,
         compiled(QStringLiteral("\\bpypi-AgE[A-Za-z0-9_-]{50,}")),
         0,
         Check::None,
         1,
         {u"pypi-age"_s}},
        // Discord and Microsoft Teams incoming webhooks: the URL is the credential.
        {Kind::WebhookUrl,
         compiled(QStringLiteral("https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/\\d{5,}/"
                                 "[A-Za-z0-9_-]{30,}")),
         0,
         Check::None,
         1,
         {u"discord"_s}},
        {Kind::WebhookUrl,
         compiled(QStringLiteral(
             "https://(?:[A-Za-z0-9-]+\\.)*(?:webhook\\.office|outlook\\.office(?:365)?)\\.com/"
             "webhook(?:b2)?/[0-9a-fA-F-]{36}@[0-9a-fA-F-]{36}/IncomingWebhook/"
             "[0-9a-fA-F]{32}/[0-9a-fA-F-]{36}(?:/[A-Za-z0-9_-]+)?")),
         0,
         Check::None,
         1,
         {u"incomingwebhook"_s}},
        {Kind::MailgunKey,
         compiled(QStringLiteral("\\b(?:key-[0-9a-f]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})\\b")),
         0,
         Check::None,
         1,
         {}},
        {Kind::ShopifyToken,
         compiled(QStringLiteral("\\bshp(?:at|ca|pa|ss)_[0-9a-fA-F]{32}\\b")),
         0,
         Check::None,
         1,
         {u"shp"_s}},
        {Kind::DigitalOceanToken,
         compiled(QStringLiteral("\\bdo[opr]_v1_[0-9a-f]{64}\\b")),
         0,
         Check::None,
         1,
         {u"_v1_"_s}},
        {Kind::AnthropicKey,
         compiled(QStringLiteral("\\bsk-ant-(?:api|admin|oat)\\d{2}-[A-Za-z0-9_-]{20,}")),
         0,
         Check::None,
         1,
         {u"sk-ant-"_s}},
        {Kind::OpenAiKey,
         compiled(QStringLiteral("\\bsk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}|[A-Za-z0-9]{20}T3BlbkFJ"
                                 "[A-Za-z0-9]{20}|[A-Za-z0-9]{48})(?![A-Za-z0-9_-])")),
         0,
         Check::None,
         1,
         {u"sk-"_s}},
        {Kind::AtlassianToken,
         compiled(QStringLiteral("\\bATATT3[A-Za-z0-9_=-]{50,}")),
         0,
         Check::None,
         1,
         {u"atatt3"_s}},
        {Kind::HerokuKey,
         compiled(QStringLiteral("\\bHRKU-[A-Za-z0-9_-]{20,}")),
         0,
         Check::None,
         1,
         {u"hrku-"_s}},
        {Kind::HerokuKey,
         compiled(
             QStringLiteral("\\bheroku[\\w .-]{0,20}?(?:key|token)\\b[\\s:=\"']*([0-9a-f]{8}-[0-9a-f]{4}-"
                            "[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\b"),
             ci),
         1,
         Check::None,
         1,
         {u"heroku"_s}},
        {Kind::DatadogKey,
         compiled(QStringLiteral("(?:(?:\\bdatadog|\\bdd)[\\w .-]{0,20}?(?:api|app(?:lication)?)[ _-]?key\\b|"
                                 "\\b(?:cl(?:é|e)|clave|chiave|schl(?:ü|ue)ssel)\\s+(?:d')?(?:api|app)\\s+"
                                 "(?:de\\s+|di\\s+)?datadog\\b)[\\s:=\"']*([0-9a-f]{40}|[0-9a-f]{32})\\b"),
                  ci),
         1,
         Check::None,
         1,
         {u"datadog"_s, u"dd"_s}},
        // BitLocker recovery keys: eight groups of six digits.
        {Kind::BitLockerRecoveryKey,
         compiled(QStringLiteral("\\b\\d{6}(?:-\\d{6}){7}\\b")),
         0,
         Check::None,
         1,
         {}},
        // TOTP seeds: the secret of an otpauth:// URI, a keyword-led base32 seed, `secret=BASE32`.
        {Kind::TotpSeed,
         compiled(
             QStringLiteral("\\botpauth://[ht]otp/[^\\s?]*\\?(?:[^\\s&]*&)*?secret=([A-Za-z2-7]{8,}={0,6})"),
             ci),
         1,
         Check::None,
         1,
         {u"otpauth://"_s}},
        {Kind::TotpSeed,
         compiled(
             QStringLiteral(
                 "\\b(?:(?:totp|2fa|mfa|otp|hotp|authenticator|google[ -]authenticator)"
                 "(?:[ -]?(?:app|code|token))?[ -]?(?:seed|secret(?:[ -]key)?|setup[ -]key|key|"
                 "shared[ -]secret|geheimnis|schl(?:ü|ue)ssel|einrichtungsschl(?:ü|ue)ssel|"
                 "cl(?:é|e)(?: secr(?:è|e)te)?|semilla|clave(?: secreta)?|sleutel|geheime sleutel|"
                 "chiave(?: segreta)?|seme)|"
                 "(?:seed|secret|cl(?:é|e)(?: secr(?:è|e)te)?|clave(?: secreta)?|chiave(?: segreta)?|"
                 "sleutel|schl(?:ü|ue)ssel|geheimnis|semilla)"
                 "(?: (?:de |del |di |du |van |für |for |the |la |le ))?(?:l')?[ -]?(?:totp|2fa|mfa|otp)|"
                 "seed)(?![\\w])[\"']?"
                 // "... secret key for the shared account: ..."
                 "(?:\\s+(?:for|of|f(?:ü|ue)r|pour|para|voor|per|de|du|van|di)\\s+[^\\s:=]+"
                 "(?:\\s+[^\\s:=]+){0,3}?)?"
                 "\\s*(?:[:=]|->|\\s(?:is|ist|lautet|est|es|è|e|was|war))?\\s*[\"']?"
                 "(?-i:([A-Z2-7]{4,}(?:[ -][A-Z2-7]{2,})*={0,6}|[a-z2-7]{16,}={0,6}))(?![\\w])"),
             ci),
         1,
         Check::Totp,
         1,
         {u"otp"_s, u"2fa"_s, u"mfa"_s, u"authenticator"_s, u"seed"_s}},
        {Kind::TotpSeed,
         compiled(QStringLiteral("(?<![\\w.-])secret\\s*[=:]\\s*[\"']?(?-i:([A-Z2-7]{16,}={0,6}))(?![\\w])"),
                  ci),
         1,
         Check::Totp,
         1,
         {u"secret"_s}},
        // MFA backup / recovery codes: a keyword, then a list of codes.
        {Kind::MfaBackupCodes,
         compiled(QStringLiteral(
                      "\\b(?:(?:backup|back-up|recovery|emergency|scratch|wiederherstellungs|sicherungs|"
                      "notfall|herstel|reserve)[ -]?(?:codes?|kodes?)|"
                      "(?:codes?|c(?:ó|o)digos?|codici|codice)\\s+(?:de\\s+|di\\s+)?"
                      "(?:secours|r(?:é|e)cup(?:é|e)ration|recuperaci(?:ó|o)n|respaldo|backup|recupero|"
                      "emergencia|emergenza|sauvegarde|reserva))(?![\\w])"
                      // Up to the list, which may start on the next line.
                      "[^\\r\\n\\d]{0,40}?(?:\\r?\\n)?"
                      // Codes have a digit each: "Google" or "for" ends the list.
                      "((?=[A-Za-z]*\\d)[A-Za-z0-9]{3,12}(?:-[A-Za-z0-9]{3,12})?"
                      "(?:[ \\t]*[,;/|]?[ \\t]*\\r?\\n?[ \\t]*(?:[-*•][ \\t]*)?(?:\\d+[.)][ \\t]*)?"
                      "(?=[A-Za-z]*\\d)[A-Za-z0-9]{3,12}(?:-[A-Za-z0-9]{3,12})?)+)"),
                  ci),
         1,
         Check::BackupCodes,
         1,
         {u"code"_s, u"codi"_s, u"códi"_s, u"kode"_s}},
        // A URL with a password in it: scheme://user:secret@host.
        {Kind::ConnectionString,
         compiled(QStringLiteral("\\b[a-z][a-z0-9+.-]*://[^\\s:/@?#]+:([^\\s@/?]+)@[^\\s@]"), ci),
         1,
         Check::Delimited,
         2,
         {u"://"_s}},
        // ADO.NET / ODBC: "Server=...;User Id=...;Password=...".
        {Kind::ConnectionString,
         compiled(QStringLiteral("\\b(?:server|data source|host|user id|uid|database|initial "
                                 "catalog|provider|dsn|driver)\\s*=[^\\r\\n]*?\\b(?:password|pwd)\\s*=\\s*"
                                 "(\\{[^}\\r\\n]*\\}|\"[^\"\\r\\n]*\"|'[^'\\r\\n]*'|[^;\\s][^;\\r\\n]*)"),
                  ci),
         1,
         Check::Delimited,
         2,
         {u"password"_s, u"pwd"_s}},

        // Passwords on command lines. The value is the capture; see Check::Command.
        {Kind::CommandLinePassword,
         compiled(QStringLiteral("\\bnet(?:\\.exe)?\\s+use\\b([^\\r\\n|&]*)"), ci),
         1,
         Check::NetUse,
         2,
         {u"net"_s}},
        {Kind::CommandLinePassword,
         compiled(
             QStringLiteral("\\bnet(?:\\.exe)?\\s+user\\s+(?:\"[^\"\\r\\n]+\"|[^\\s/\"*]+)\\s+" SK_VALUE),
             ci),
         1,
         Check::CommandWeak,
         2,
         {u"net"_s}},
        {Kind::CommandLinePassword,
         compiled(QStringLiteral("\\brunas(?:\\.exe)?\\b([^\\r\\n|&]*)"), ci),
         1,
         Check::RunAs,
         2,
         {u"runas"_s}},
        {Kind::CommandLinePassword,
         compiled(QStringLiteral(
                      "\\becho\\s+" SK_VALUE "\\s*\\|\\s*(?:sudo\\s+(?:-\\w+\\s+)*-S|runas|passwd\\b|"
                      "chpasswd|ssh-add|kinit|(?:docker|podman|nerdctl)\\s+login|helm\\s+registry\\s+login)"),
                  ci),
         1,
         Check::Command,
         2,
         {u"echo"_s}},
        {Kind::CommandLinePassword,
         compiled(QStringLiteral("\\b(?:psexec|paexec)(?:64)?(?:\\.exe)?\\b" SK_ARGS "\\s[-/]p\\s+" SK_VALUE),
                  ci),
         1,
         Check::Command,
         2,
         {u"psexec"_s, u"paexec"_s}},
        {Kind::CommandLinePassword,
         compiled(QStringLiteral("\\bsshpass\\s+(?:-\\w+\\s+)*-p\\s*" SK_VALUE)),
         1,
         Check::Command,
         2,
         {u"sshpass"_s}},
        {Kind::CommandLinePassword,
         compiled(QStringLiteral(
             "\\b(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlcheck|mariadb|mariadb-dump)\\b" SK_ARGS
             "\\s(?:-p|--password=)" SK_VALUE)),
         1,
         Check::Command,
         2,
         {u"mysql"_s, u"mariadb"_s}},
        {Kind::CommandLinePassword,
         compiled(QStringLiteral("\\b(?:sqlcmd|osql|isql|bcp|ipmitool)\\b" SK_ARGS "\\s-P\\s*" SK_VALUE)),
         1,
         Check::Command,
         2,
         {u"sqlcmd"_s, u"osql"_s, u"isql"_s, u"bcp"_s, u"ipmitool"_s}},
        {Kind::CommandLinePassword,
         compiled(QStringLiteral("\\b(?:smbclient|rpcclient|smbcacls|smbmap|winexe|net\\s+rpc)\\b" SK_ARGS
                                 "\\s(?:-U|--user(?:name)?[= ])\\s*[\"']?[^\\s%\"']+%([^\\s\"']+)")),
         1,
         Check::Command,
         2,
         {u"smbclient"_s, u"rpcclient"_s, u"smbcacls"_s, u"smbmap"_s, u"winexe"_s, u"net"_s}},
        {Kind::CommandLinePassword,
         compiled(QStringLiteral("\\bcurl\\b" SK_ARGS
                                 "\\s(?:-u|--user|--proxy-user|-U)[\\s=]*[\"']?[^\\s:\"']+:"
                                 "([^\\s\"']+)")),
         1,
         Check::Command,
         2,
         {u"curl"_s}},
        {Kind::CommandLinePassword,
         compiled(
             QStringLiteral(
                 "\\bConvertTo-SecureString\\b[^\\r\\n|;)]*?(?:-String\\s+)?(\"[^\"\\r\\n]+\"|'[^'\\r\\n]+')"
                 "(?=[^\\r\\n]*-AsPlainText)"),
             ci),
         1,
         Check::Command,
         2,
         {u"convertto-securestring"_s}},
        {Kind::CommandLinePassword,
         compiled(QStringLiteral("\\bConvertTo-SecureString\\b[^\\r\\n|;]*?-AsPlainText\\b[^\\r\\n|;)]*?"
                                 "(?:-String\\s+)?(\"[^\"\\r\\n]+\"|'[^'\\r\\n]+')"),
                  ci),
         1,
         Check::Command,
         2,
         {u"convertto-securestring"_s}},
        {Kind::CommandLinePassword,
         compiled(QStringLiteral("(\"[^\"\\r\\n]+\"|'[^'\\r\\n]+')\\s*\\|\\s*ConvertTo-SecureString\\b"), ci),
         1,
         Check::Command,
         2,
         {u"convertto-securestring"_s}},
        {Kind::CommandLinePassword,
         compiled(QStringLiteral("\\b(?:xfreerdp3?|wlfreerdp|sdl-freerdp)\\b" SK_ARGS "\\s[/+-]p:" SK_VALUE),
                  ci),
         1,
         Check::Command,
         2,
         {u"freerdp"_s}},
        {Kind::CommandLinePassword,
         compiled(QStringLiteral("\\b(?:rdesktop|racadm)\\b" SK_ARGS "\\s-p\\s+" SK_VALUE)),
         1,
         Check::Command,
         2,
         {u"rdesktop"_s, u"racadm"_s}},
        {Kind::CommandLinePassword,
         compiled(QStringLiteral("\\b(?:plink|pscp|psftp|putty|kitty)(?:\\.exe)?\\b" SK_ARGS
                                 "\\s-pw\\s+" SK_VALUE),
                  ci),
         1,
         Check::Command,
         2,
         {u"plink"_s, u"pscp"_s, u"psftp"_s, u"putty"_s, u"kitty"_s}},
        {Kind::CommandLinePassword,
         compiled(QStringLiteral("\\bwinrs\\b" SK_ARGS "\\s[-/]p(?:assword)?:" SK_VALUE), ci),
         1,
         Check::Command,
         2,
         {u"winrs"_s}},
        {Kind::CommandLinePassword,
         compiled(QStringLiteral("\\bschtasks\\b" SK_ARGS "\\s/r?p\\s+" SK_VALUE), ci),
         1,
         Check::Command,
         2,
         {u"schtasks"_s}},
        {Kind::CommandLinePassword,
         compiled(
             QStringLiteral("\\b(?:wmic\\b" SK_ARGS "\\s/password:|cmdkey\\b" SK_ARGS "\\s/pass:)" SK_VALUE),
             ci),
         1,
         Check::Command,
         2,
         {u"wmic"_s, u"cmdkey"_s}},
        {Kind::CommandLinePassword,
         compiled(QStringLiteral("\\bsc(?:\\.exe)?\\s+(?:\\\\\\\\\\S+\\s+)?(?:config|create)\\b" SK_ARGS
                                 "\\spassword=\\s*" SK_VALUE),
                  ci),
         1,
         Check::Command,
         2,
         {u"password="_s}},
        {Kind::CommandLinePassword,
         compiled(QStringLiteral("\\bds(?:add|mod)(?:\\.exe)?\\s+user\\b" SK_ARGS "\\s-pwd\\s+" SK_VALUE),
                  ci),
         1,
         Check::Command,
         2,
         {u"-pwd"_s}},
        {Kind::CommandLinePassword,
         compiled(QStringLiteral("\\bldap(?:search|modify|add|delete|passwd|whoami|compare)\\b" SK_ARGS
                                 "\\s-w\\s+" SK_VALUE)),
         1,
         Check::Command,
         2,
         {u"ldap"_s}},
        {Kind::CommandLinePassword,
         compiled(QStringLiteral("\\bhtpasswd\\s+-[a-zA-Z]*b[a-zA-Z]*\\s+(?:-[a-zA-Z]+\\s+)*[^\\s-]\\S*\\s+[^"
                                 "\\s-]\\S*\\s+" SK_VALUE)),
         1,
         Check::Command,
         2,
         {u"htpasswd"_s}},
        {Kind::CommandLinePassword,
         compiled(QStringLiteral("\\bopenssl\\b" SK_ARGS "\\s(?:-pass(?:in|out)?\\s+pass:|-k\\s+)" SK_VALUE)),
         1,
         Check::Command,
         2,
         {u"openssl"_s}},
        {Kind::CommandLinePassword,
         compiled(
             QStringLiteral("\\b(?:7z[ar]?|7za|rar|unrar|winrar)(?:\\.exe)?\\s" SK_ARGS "\\s-p" SK_VALUE),
             ci),
         1,
         Check::Command,
         2,
         {u"7z"_s, u"rar"_s}},
        {Kind::CommandLinePassword,
         compiled(QStringLiteral("\\b(?:zip|unzip)\\b" SK_ARGS "\\s-P\\s+" SK_VALUE)),
         1,
         Check::Command,
         2,
         {u"zip"_s}},
        {Kind::CommandLinePassword,
         compiled(QStringLiteral("\\bredis-cli\\b" SK_ARGS "\\s(?:-a|--pass)\\s+" SK_VALUE)),
         1,
         Check::Command,
         2,
         {u"redis-cli"_s}},
        {Kind::CommandLinePassword,
         compiled(QStringLiteral("\\b(?:mongo|mongosh|mongodump|mongorestore|mongoexport|mongoimport|"
                                 "(?:docker|podman|nerdctl)\\s+login|helm\\s+registry\\s+login)\\b" SK_ARGS
                                 "\\s(?:-p|--password)[\\s=]+" SK_VALUE)),
         1,
         Check::Command,
         2,
         {u"mongo"_s, u"login"_s}},
        {Kind::CommandLinePassword,
         compiled(QStringLiteral("\\bsqlplus\\s+(?:-\\w+\\s+)*[A-Za-z0-9_$#]+/([^\\s@/\"']+)")),
         1,
         Check::Command,
         2,
         {u"sqlplus"_s}},
        {Kind::CommandLinePassword,
         compiled(QStringLiteral("\\bssh-keygen\\b" SK_ARGS "\\s-[NP]\\s+" SK_VALUE)),
         1,
         Check::Command,
         2,
         {u"ssh-keygen"_s}},
        {Kind::CommandLinePassword,
         compiled(QStringLiteral("\\bmount(?:\\.cifs)?\\b" SK_ARGS
                                 "\\s-o\\s+[^\\s]*?\\bpass(?:word)?=([^,\\s]+)")),
         1,
         Check::Command,
         2,
         {u"mount"_s}},
        {Kind::CommandLinePassword,
         compiled(
             QStringLiteral("\\b(?:PGPASSWORD|MYSQL_PWD|SSHPASS|REDISCLI_AUTH|SA_PASSWORD|MSSQL_SA_PASSWORD|"
                            "ANSIBLE_BECOME_PASS|ANSIBLE_PASSWORD|VAULT_PASS)=" SK_VALUE)),
         1,
         Check::Command,
         2,
         {u"pgpassword"_s, u"mysql_pwd"_s, u"sshpass"_s, u"rediscli_auth"_s, u"sa_password"_s,
          u"ansible_become_pass"_s, u"ansible_password"_s, u"vault_pass"_s}},
        // Long options of any command, and PowerShell's -Password parameters.
        {Kind::CommandLinePassword,
         compiled(QStringLiteral(
             "(?<![\\w-])--(?:password|passwd|pass|pwd|db-password|admin-password|new-password|"
             "http-password|ftp-password|proxy-password)(?:=|\\s+)" SK_VALUE)),
         1,
         Check::Command,
         2,
         {u"--pass"_s, u"--pwd"_s, u"-password"_s}},
        {Kind::CommandLinePassword,
         compiled(QStringLiteral("(?<![\\w-])-(?:Password|NewPassword|AdminPassword|AccountPassword|"
                                 "SafeModeAdministratorPassword|Pwd|pw)\\s+" SK_VALUE),
                  ci),
         1,
         Check::Command,
         2,
         {u"password"_s, u"-pw"_s}},

        // "gave her Sommer2025! as temporary password", "Tulpe-77 is the new password.": the value
        // comes first.
        {Kind::Password,
         compiled(
             QStringLiteral(
                 "(?<![\\w])(?:as|als|comme|como|come|wie)\\s+(?:(?:the|his|her|their|a|an|new|temp|"
                 "temporary|"
                 "initial|one-time|das|ein|sein|ihr|neues|neue|tempor(?:ä|ae)res|initiales|le|son|sa|leur|"
                 "nouveau|la|su|el|nueva|nuevo|il|suo|sua|nuova|het|zijn|haar|nieuwe|tijdelijke)\\s+){0,"
                 "3}" SK_PASSWORD_WORDS
                 "(?:\\s+(?:temporaire|provisoire|temporal|provisional|temporanea|provvisoria|temporaneo))?"
                 "(?![\\w])"),
             ci),
         0,
         Check::ValueBefore,
         3,
         {u"passw"_s, u"pw"_s, u"kennwort"_s, u"mot de passe"_s, u"mdp"_s, u"contrase"_s, u"wachtwoord"_s}},
        {Kind::Password,
         compiled(
             QStringLiteral("\\s(?:is|ist|est|es|è)\\s+(?:(?:the|his|her|their|now|jetzt|das|sein|ihr|le|son|"
                            "sa|su|el|la|il|suo|sua|het|zijn|haar|new|temp|temporary|neue|neues|nouveau|"
                            "nueva|nuova|nieuwe|tijdelijke)\\s+){1,3}" SK_PASSWORD_WORDS
                            "(?=\\s*(?:$|[.,;!)]|\\s+(?:for|f(?:ü|ue)r|pour|para|voor|per)\\b))"),
             ci),
         0,
         Check::ValueBefore,
         3,
         {u"passw"_s, u"pw"_s, u"kennwort"_s, u"mot de passe"_s, u"mdp"_s, u"contrase"_s, u"wachtwoord"_s}},
        // "Changed the admin password. It is now Gx!4pLm9Zq": a pronoun after the word password.
        {Kind::Password,
         compiled(
             QStringLiteral(
                 SK_PASSWORD_WORDS
                 "(?![\\w])"
                 // not "the password policy; it is now ..."
                 "(?!\\s+(?:policy|policies|manager|hint|rules?|requirements?|length|age|history|complexity|"
                 "expiry|expiration|prompt|field|vault|safe|generator|spray)(?![\\w]))"
                 "[^\\r\\n]{0,80}?(?<![\\w])(?:it|it's|es|il|het|è)\\s+"
                 "(?:is\\s+|ist\\s+|est\\s+)?(?:now|jetzt|nun|maintenant|ahora|nu|ora|adesso)\\s+" SK_VALUE),
             ci),
         1,
         Check::CommandWeak,
         3,
         {u"passw"_s, u"pw"_s, u"kennwort"_s, u"mot de passe"_s, u"mdp"_s, u"contrase"_s, u"wachtwoord"_s}},
        // "new pw Kx82!aa7 given to the user": no separator after a new or temporary password.
        {Kind::Password,
         compiled(
             QStringLiteral(
                 "\\b(?:new|temp|temporary|initial|one-time|neues|neue|tempor(?:ä|ae)res|initiales|"
                 "nouveau|nouvelle|nueva|nuevo|nieuw|nieuwe|tijdelijk|tijdelijke|nuova)\\s+" SK_PASSWORD_WORDS
                 "\\s+" SK_VALUE),
             ci),
         1,
         Check::CommandWeak,
         3,
         {u"passw"_s, u"pw"_s, u"kennwort"_s, u"mot de passe"_s, u"mdp"_s, u"contrase"_s, u"wachtwoord"_s}},
        // App passwords: four groups of four lower-case letters.
        {Kind::Password,
         compiled(QStringLiteral(
                      "\\bapp[ -]?(?:password|passwort|kennwort|mot de passe|contrase(?:ñ|n)a|wachtwoord)"
                      "(?![\\w])[^\\r\\n:=]{0,30}?(?:[:=]|\\s(?:is|ist|lautet|est|es|è))?\\s*[\"']?"
                      "(?-i:([a-z]{4} ?[a-z]{4} ?[a-z]{4} ?[a-z]{4}))(?![a-z])"),
                  ci),
         1,
         Check::None,
         3,
         {u"passw"_s, u"kennwort"_s, u"mot de passe"_s, u"contrase"_s, u"wachtwoord"_s}},
        // A keyword-led API key or token that is not random enough for findHighEntropy.
        {Kind::ApiKey,
         compiled(
             QStringLiteral(
                 "\\b(?:api[ _-]?(?:key|token|secret)|apikey|access[ _-]?token|auth[ _-]?token|secret[ "
                 "_-]?key|"
                 "client[ _-]?secret|app[ _-]?secret|bearer(?:[ _-]?token)?|x-api-key|private[ _-]?token|"
                 "personal[ _-]?access[ _-]?token|api-schl(?:ü|ue)ssel|cl(?:é|e) (?:d')?api|clave (?:de "
                 ")?api|"
                 "chiave "
                 "api|api-sleutel)(?![\\w])[\"']?(?:\\s+(?:for|f(?:ü|ue)r|pour|para|voor|per|di|de|du|des|"
                 "del|della|van)\\s+[^\\s:"
                 "=]+"
                 "(?:\\s+[^\\s:=]+){0,2}?)?(?:\\s*[:=]\\s*|\\s+(?:is|ist|lautet|est|es|è)\\s*:?\\s*|\\s+)[\"'"
                 "]?"
                 "([A-Za-z0-9_./+=~:-]{16,200})"),
             ci),
         1,
         Check::ApiKeyValue,
         5,
         {u"api"_s, u"access"_s, u"auth"_s, u"secret"_s, u"bearer"_s, u"private"_s, u"token"_s}},
    };
    return patterns;
}

// The anchor words of every pattern (and of the assignments), found in one pass over the
// case-folded text: at each character only the anchors that start with it are compared.
class AnchorIndex {
public:
    AnchorIndex(const QList<TokenPattern>& patterns, const QStringList& assignments) {
        for (const TokenPattern& pattern : patterns)
            m_patternAnchors.append(ids(pattern.anchors));
        m_assignmentAnchors = ids(assignments);
    }

    // Which anchors the folded text holds, by id.
    std::vector<bool> present(QStringView folded) const {
        std::vector<bool> found(m_anchors.size(), false);
        const QChar* text = folded.data();
        const qsizetype size = folded.size();
        for (qsizetype i = 0; i < size; ++i) {
            const char16_t c = text[i].unicode();
            if (c >= m_byFirst.size())
                continue;
            for (const int id : m_byFirst[c]) {
                const QString& anchor = m_anchors.at(id);
                if (found[id] || anchor.size() > size - i)
                    continue;
                // Compared here rather than with startsWith(): this loop runs at every character.
                qsizetype j = 1;
                while (j < anchor.size() && text[i + j] == anchor.at(j))
                    ++j;
                if (j == anchor.size())
                    found[id] = true;
            }
        }
        return found;
    }

    bool runs(qsizetype pattern, const std::vector<bool>& found) const {
        return any(m_patternAnchors.at(pattern), found);
    }
    bool runsAssignments(const std::vector<bool>& found) const { return any(m_assignmentAnchors, found); }

private:
    QList<int> ids(const QStringList& anchors) {
        QList<int> out;
        for (const QString& anchor : anchors) {
            Q_ASSERT(!anchor.isEmpty() && anchor == anchor.toCaseFolded() && anchor.front().unicode() < 128);
            qsizetype id = m_anchors.indexOf(anchor);
            if (id < 0) {
                id = m_anchors.size();
                m_anchors.append(anchor);
                m_byFirst[anchor.front().unicode()].append(int(id));
            }
            out.append(int(id));
        }
        return out;
    }

    // No anchors: always run.
    static bool any(const QList<int>& ids, const std::vector<bool>& found) {
        return ids.isEmpty() || std::any_of(ids.cbegin(), ids.cend(), [&found](int id) { return found[id]; });
    }

    QStringList m_anchors;
    std::array<QList<int>, 128> m_byFirst;
    QList<QList<int>> m_patternAnchors;
    QList<int> m_assignmentAnchors;
};

const QStringList& assignmentAnchors() {
    // Every keyword of findAssignments() holds one of these.
    static const QStringList anchors{u"pass"_s,     u"pw"_s,     u"kennwort"_s,   u"pin"_s,  u"mdp"_s,
                                     u"contrase"_s, u"clave"_s,  u"wachtwoord"_s, u"schl"_s, u"wpa"_s,
                                     u"psk"_s,      u"shared"_s, u"key"_s,        u"wifi"_s, u"wi-fi"_s};
    return anchors;
}

const AnchorIndex& anchorIndex() {
    static const AnchorIndex index(tokenPatterns(), assignmentAnchors());
    return index;
}

// A value that stands for a secret without being one: "****", "<password>", "$PASSWORD", "n/a".
bool isPlaceholder(const QString& value) {
    static const QRegularExpression re(
        QStringLiteral("^(?:[*x•.#_-]+|<[\\w\\s-]*>|\\{\\w*\\}|\\[[\\w\\s-]*\\]|\\$\\{?\\w+\\}?|%\\w+%|n/"
                       "?a|none|null|nil|"
                       "empty|blank|redacted|hidden|removed|unknown|tbd|tba|same|changeme\\?|\\?+)$"),
        ci);
    return re.match(value).hasMatch();
}

// Help-desk values that follow "password:" without being one: tickets, KB ids, dates, codes,
// addresses, paths, phone numbers.
bool isOrdinaryValue(const QString& value) {
    static const QList<QRegularExpression> ordinary{
        QRegularExpression(QStringLiteral("^(?:INC|REQ|RITM|CHG|PRB|TASK|SR|CS|TKT|CASE|TICKET)[-#]?\\d+$"),
                           ci),
        QRegularExpression(QStringLiteral("^#?[A-Z][A-Z0-9]{1,9}-\\d{2,}$")), // Jira-like ABC-1234
        QRegularExpression(QStringLiteral("^#\\d+$")),
        QRegularExpression(QStringLiteral("^KB\\d{5,}$"), ci),
        QRegularExpression(QStringLiteral("^0x[0-9a-f]+$"), ci),
        QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}(?:[T ][\\d:.]+Z?)?$")),
        QRegularExpression(QStringLiteral("^\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}$")),
        QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
                           ci),
        QRegularExpression(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$"), ci),
        QRegularExpression(QStringLiteral("://|^www\\."), ci),
        QRegularExpression(QStringLiteral("^(?:[a-z]:\\\\|\\\\\\\\)"), ci),
        QRegularExpression(QStringLiteral("^\\+?[\\d() .-]{7,}$")), // a phone number, with separators
        QRegularExpression(QStringLiteral("^(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}$"), ci), // MAC address
        QRegularExpression(
            QStringLiteral("^\\d+(?:\\.\\d+)*(?:%|d|h|m|s|ms|days?|hours?|chars?|characters?)?$"),
            ci), // numbers, versions, durations
    };
    for (const QRegularExpression& re : ordinary) {
        if (re.match(value).hasMatch()) {
            // Six or more plain digits after "password" are a (bad) password, not a count.
            static const QRegularExpression digitsOnly(QStringLiteral("^\\d{6,}$"));
            return !digitsOnly.match(value).hasMatch();
        }
    }
    return false;
}

// Whether a single unquoted word after "password:" looks like a password rather than prose: it
// mixes letters with digits or symbols, or has capitals inside, or is six or more digits.
bool looksLikePassword(const QString& value) {
    if (value.size() < 4 || value.size() > 128)
        return false;
    int lower = 0, upper = 0, digits = 0, symbols = 0, innerUpper = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c.isLower())
            ++lower;
        else if (c.isUpper()) {
            ++upper;
            if (i > 0)
                ++innerUpper;
        } else if (c.isDigit())
            ++digits;
        else
            ++symbols;
    }
    const int letters = lower + upper;
    if (digits == value.size())
        return value.size() >= 6;
    if (letters > 0 && digits > 0)
        return true;
    if (symbols > 0 && (letters + digits) > 0 && value.size() >= 6)
        return true;
    return innerUpper > 0 && lower > 0;
}

bool looksLikePin(const QString& value) {
    static const QRegularExpression re(QStringLiteral("^(?=[A-Za-z0-9]*\\d)[A-Za-z0-9]{4,12}$"));
    return re.match(value).hasMatch();
}

// Multi-word passphrases are taken to the end of the line; these openings describe where a
// secret is instead of giving it.
bool startsLikeProse(const QString& value) {
    static const QRegularExpression re(
        QStringLiteral(
            "^(?:see|stored|in|on|kept|saved|managed|sent|provided|available|required|the|a|an|not|"
            "set|reset|changed|expired|ask|call|contact|with|from|via|per|under|is|was|will|must|"
            "should|has|have|needs?|can|cannot|to|by|for|at|of|same|unchanged|given|texted|emailed)"
            "\\b"),
        ci);
    return re.match(value).hasMatch();
}

QString trimTrailingPunctuation(QString value) {
    while (!value.isEmpty() && QStringLiteral(".,;:)]}\"'").contains(value.back()))
        value.chop(1);
    return value;
}

// "$pw = Read-Host -AsSecureString": a PowerShell verb-noun is code, not a password.
bool isCmdlet(const QString& value) {
    static const QRegularExpression re = compiled(QStringLiteral(
        "^(?:Get|Set|New|Remove|ConvertTo|ConvertFrom|Read|Write|Import|Export|Invoke|Add|Start|"
        "Stop|Test|Out|Select|Where|Format|Enable|Disable|Clear|Reset|Update|Install|Connect|Resolve|"
        "Join|Find|Register|Grant|Revoke|Unlock|Restart|Send|Copy|Move|Rename|Show|Wait|Use|Sync|"
        "Protect|Unprotect|Request)-[A-Z][A-Za-z]+$"));
    return re.match(value).hasMatch();
}

void findAssignments(QStringView text, QList<Candidate>& out) {
    // keyword, an adjective that follows it (French, Spanish, Italian), an optional "for <account>"
    // of up to four words, a separator, the value. The separators include the verbs technicians
    // write in case notes: "is", "lautet", "est", "es", "è", "reset to", "zurückgesetzt auf",
    // "réinitialisé à", "restablecida a", "gereset naar", "reimpostata a".
    static const QRegularExpression re = compiled(
        QStringLiteral(
            "\\b(?<kw>pass\\s?phrase|password|passwort|kennwort|passwd|pwd|pw|passcode|pin(?:[\\s-]?code)?|"
            "code pin|c(?:ó|o)digo pin|codice pin|mot de passe|mdp|contrase(?:ñ|n)a|clave de "
            "acceso|wachtwoord|"
            "wlan[\\s-]?schl(?:ü|ue)ssel|netzwerkschl(?:ü|ue)ssel|wpa2?[\\s-]?(?:key|psk)|psk|pre-?shared["
            "\\s-]?key|"
            "wi-?fi[\\s-]?key|network[\\s-]?key|cl(?:é|e) (?:wi-?fi|wpa)|clave "
            "(?:wi-?fi|wpa)|pass)(?![\\w])[\"']?"
            // "Temp password (valid 24h): ..."
            "(?:\\s*\\([^)\\r\\n]{0,30}\\))?"
            "(?:\\s+(?:temporaire|provisoire|temporal|provisional|temporanea|provvisoria|temporaneo|nueva|"
            "nuevo|"
            "nuova|nouveau|initial|iniziale|inicial|temporal))?"
            "(?:\\s+(?:for|of|on|f(?:ü|ue)r|von|am|an|im|des|der|vom|zum|bei|pour|de|du|para|del|voor|van|op|"
            "bij|per|di|della|dello|dei)\\s+[^\\s:=]+"
            "(?:\\s+[^\\s:=]+){0,3}?)?"
            // The participles come first: "ist auf", "is gereset naar" must not stop at "is".
            "(?<sep>"
            // "Mot de passe Wi-Fi invités : ...", "WiFi wachtwoord gasten: ...": up to two words, then a
            // colon; not the words that say what the text is about instead.
            "(?:\\s+(?!(?:manager|policy|policies|reset|hint|expiry|expiration|expires|age|length|change|"
            "changed|ticket|history|vault|safe|generator|tresor|coffre|kluis|gestore|gestor|richtlinie|"
            "politique|pol(?:í|i)tica|beleid|requirements?|rules?|complexity|prompt|field|status|last|never|"
            "reuse|count|attempts|lockout|sync|writeback|spray|manager)(?![\\w]))[^\\s:=]+){1,2}\\s*[:=]\\s*|"
            "\\s+(?:(?:wurde|wird|ist|a (?:é|e)t(?:é|e)|est|fue|ha sido|(?:è|e) stat[ao]|werd|is|was|"
            "has been)\\s+)?(?:"
            "(?:(?:zur(?:ü|ue)ck)?gesetzt|ge(?:ä|ae)ndert|zur(?:ü|ue)ckgesetzt)\\s+(?:auf|in|zu)|auf|"
            "(?:r(?:é|e)initialis(?:é|e)e?|chang(?:é|e)e?|modifi(?:é|e)e?|d(?:é|e)finie?|mise?)\\s+(?:à|a|en|"
            "sur)|"
            "(?:restablecid[ao]|cambiad[ao]|resetead[ao]|puest[ao]|establecid[ao])\\s+(?:a|en|como)|"
            "(?:gereset|gewijzigd|veranderd|ingesteld|aangepast)\\s+(?:naar|in|op)|naar|"
            "(?:reimpostat[ao]|impostat[ao]|cambiat[ao]|modificat[ao]|resettat[ao])\\s+(?:a|in|su|come)|"
            "(?:(?:re)?set|changed|updated)\\s+to)\\s+|"
            "\\s*[:=]\\s*|\\s*(?:->|=>|\\x{2192})\\s*|"
            "\\s+(?:is|was|are|(?:would|will) "
            "be|ist|war|wird|lautet|lauten|est|(?:é|e)tait|sera|es|era|ser(?:á|a)|"
            "sar(?:à|a)|è|é|e|wordt|zal zijn)\\s*:?\\s+"
            "(?:(?:now|still|jetzt|nun|maintenant|ahora|nu|ora|adesso)\\s+)?|"
            "\\s+to\\s+)"
            "(?<value>\"[^\"\\r\\n]{1,128}\"|'[^'\\r\\n]{1,128}'|`[^`\\r\\n]{1,128}`|[^\\r\\n]{1,128})"),
        ci);
    static const QRegularExpression space = compiled(QStringLiteral("\\s"));
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString keyword = m.captured(u"kw").toLower().remove(QLatin1Char(' '));
        const QString sep = m.captured(u"sep").trimmed();
        QString value = m.captured(u"value");
        qsizetype start = m.capturedStart(u"value");
        Kind kind = Kind::Password;
        if (keyword == QLatin1String("passphrase"))
            kind = Kind::Passphrase;
        else if (keyword.startsWith(QLatin1String("pin")) || keyword == QLatin1String("passcode") ||
                 keyword.endsWith(QLatin1String("pin")))
            kind = Kind::Pin;
        // "pass" and "pin" alone are ordinary words unless a colon, an equals sign or "is" follows.
        if ((keyword == QLatin1String("pass") || keyword == QLatin1String("pin")) &&
            sep != QLatin1String(":") && sep != QLatin1String("=") &&
            sep.compare(QLatin1String("is"), Qt::CaseInsensitive) != 0)
            continue;

        const QChar first = value.isEmpty() ? QChar() : value.front();
        const bool quoted = first == u'"' || first == u'\'' || first == u'`';
        if (quoted) {
            const qsizetype close = value.indexOf(first, 1);
            if (close < 0)
                continue;
            value = value.mid(1, close - 1);
            start += 1;
            if (value.trimmed().size() >= 4 && !isPlaceholder(value.trimmed()))
                out.append({kind, start, value.size(), 3});
            continue;
        }
        if (kind == Kind::Passphrase) {
            // Up to the end of the line or of the sentence.
            static const QRegularExpression end = compiled(QStringLiteral("[.;!?](?:\\s|$)|\\s{2,}"));
            const QRegularExpressionMatch e = end.match(value);
            if (e.hasMatch())
                value = value.left(e.capturedStart());
            value = trimTrailingPunctuation(value.trimmed());
            if (value.size() >= 8 && !startsLikeProse(value) && !isPlaceholder(value) &&
                !isOrdinaryValue(value))
                out.append({kind, start, value.size(), 3});
            continue;
        }
        // A single word: the first whitespace-separated token.
        const qsizetype blank = value.indexOf(space);
        if (blank >= 0)
            value = value.left(blank);
        QString trimmed = value;
        // A sentence's full stop or comma is not part of the password when what is left still is one.
        while (!trimmed.isEmpty() && QStringLiteral(".,;)]").contains(trimmed.back()))
            trimmed.chop(1);
        if (trimmed.isEmpty() || isPlaceholder(trimmed) || isCmdlet(trimmed))
            continue;
        // A PIN is digits; for other kinds a plain number is a count or a version.
        if (!(kind == Kind::Pin && looksLikePin(trimmed)) && isOrdinaryValue(trimmed))
            continue;
        const bool looks = kind == Kind::Pin ? looksLikePin(trimmed) : looksLikePassword(trimmed);
        if (looks)
            out.append({kind, start, trimmed.size(), 3});
    }
}

double shannonBitsPerChar(QStringView token) {
    QHash<QChar, int> counts;
    for (const QChar c : token)
        ++counts[c];
    double bits = 0;
    for (const int n : std::as_const(counts)) {
        const double p = double(n) / double(token.size());
        bits -= p * std::log2(p);
    }
    return bits;
}

int charClass(QChar c) {
    if (c.isLower())
        return 0;
    if (c.isUpper())
        return 1;
    if (c.isDigit())
        return 2;
    return 3;
}

// Words joined by dashes or underscores (product and host names, "HP-LaserJet-M404dn-Reception"):
// four parts or more of eight characters or fewer on average.
bool looksLikeJoinedWords(QStringView token) {
    int parts = 1;
    for (const QChar c : token) {
        if (c == u'-' || c == u'_')
            ++parts;
    }
    return parts >= 4 && double(token.size()) / double(parts) <= 9.0;
}

// Random tokens (API keys, session secrets): long, mixed classes that change often, high entropy,
// and not built of words the way identifiers and file names are.
bool looksRandom(QStringView token) {
    if (token.size() < 24 || looksLikeJoinedWords(token))
        return false;
    int classes[4] = {0, 0, 0, 0};
    int transitions = 0;
    for (qsizetype i = 0; i < token.size(); ++i) {
        ++classes[charClass(token.at(i))];
        if (i > 0 && charClass(token.at(i)) != charClass(token.at(i - 1)))
            ++transitions;
    }
    if (classes[0] == 0 || classes[1] == 0 || classes[2] < 2)
        return false;
    if (double(transitions) / double(token.size()) < 0.25)
        return false;
    if (shannonBitsPerChar(token) < 3.5)
        return false;
    static const QRegularExpression word(QStringLiteral("[A-Za-z][a-z]{3,}"));
    qsizetype inWords = 0;
    auto it = word.globalMatch(token);
    while (it.hasNext())
        inWords += it.next().capturedLength();
    return double(inWords) / double(token.size()) <= 0.5;
}

// Long tokens that are meant to be seen: Stripe's publishable keys and the base64 of SSH public
// keys ("AAAAC3NzaC1lZDI1NTE5..." after "ssh-ed25519").
bool isPublicToken(QStringView token) {
    static const QRegularExpression re = compiled(QStringLiteral(
        "^(?:pk_(?:live|test)_|AAAA(?:B3NzaC1yc2E|C3NzaC1lZDI1NTE5|E2VjZHNhLXNoYTIt|B3NzaC1kc3M))"));
    return re.match(token).hasMatch();
}

void findHighEntropy(QStringView text, QList<Candidate>& out) {
    static const QRegularExpression re(QStringLiteral("(?<![A-Za-z0-9+/_.-])[A-Za-z0-9+/_-]{24,}={0,2}"));
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        // The whitespace-separated word around it: parts of URLs and paths are not secrets.
        qsizetype from = m.capturedStart();
        qsizetype to = m.capturedEnd();
        while (from > 0 && !text.at(from - 1).isSpace())
            --from;
        while (to < text.size() && !text.at(to).isSpace())
            ++to;
        const QStringView word = text.mid(from, to - from);
        if (word.contains(u"://") || word.startsWith(u"www.", Qt::CaseInsensitive) || word.contains(u'\\'))
            continue;
        QStringView token = m.capturedView();
        while (token.endsWith(u'='))
            token.chop(1);
        if (isPublicToken(token))
            continue;
        if (looksRandom(token))
            out.append({Kind::HighEntropyToken, m.capturedStart(), m.capturedLength(), 4});
    }
}

// A value as a command line gives it: inside its quotes, or a bare word without the full stop
// or comma of the sentence around it.
struct Span {
    qsizetype offset = 0;
    qsizetype length = 0;
    bool quoted = false;
};

Span unquoted(QStringView text, qsizetype offset, qsizetype length) {
    QStringView value = text.mid(offset, length);
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') &&
        value.back() == value.front())
        return {offset + 1, length - 2, true};
    while (!value.isEmpty() && QStringView(u".,;:)]}").contains(value.back()))
        value.chop(1);
    return {offset, value.size(), false};
}

// A command line's password: not a variable, a prompt or a placeholder. A weak position (a bare
// argument that prose could also fill) has to look like a password too.
bool acceptableCommandValue(QStringView value, bool quoted, bool weak) {
    if (value.size() < 3 || value.size() > 128)
        return false;
    const QChar first = value.front();
    if (first == u'$' || first == u'%' || first == u'(' || first == u'<' || first == u'{' || first == u'[' ||
        first == u'-' || (first == u'@' && value.size() > 1 && value.at(1) == u'('))
        return false;
    const QString text = value.toString();
    if (isPlaceholder(text))
        return false;
    static const QRegularExpression placeholders = compiled(
        QStringLiteral("^(?:password|passwd|pass|pwd|pw|secret|yourpassword|your_password|mypassword|"
                       "prompt|stdin|xxx+|\\*+)$"),
        ci);
    // "secret" alone is what every man page writes; a technician's "-p secret" is still a password,
    // so only the weak positions skip the words of documentation.
    if (weak && (placeholders.match(text).hasMatch() || first == u'/'))
        return false;
    if (!weak && text.compare(QLatin1String("prompt"), Qt::CaseInsensitive) == 0)
        return false;
    if (isOrdinaryValue(text) && !quoted)
        return false;
    return !weak || quoted || looksLikePassword(text);
}

// Splits the arguments of a command line (`net use`, `runas`) into words, keeping quotes together.
QList<std::pair<qsizetype, qsizetype>> words(QStringView text, qsizetype from, qsizetype to) {
    QList<std::pair<qsizetype, qsizetype>> out;
    qsizetype i = from;
    while (i < to) {
        while (i < to && text.at(i).isSpace())
            ++i;
        if (i >= to)
            break;
        const qsizetype begin = i;
        if (text.at(i) == u'"') {
            const qsizetype close = text.indexOf(u'"', i + 1);
            i = close < 0 || close >= to ? to : close + 1;
        } else {
            while (i < to && !text.at(i).isSpace())
                ++i;
        }
        out.append({begin, i - begin});
    }
    return out;
}

bool isFlag(QStringView word) {
    return word.startsWith(u'/') || (word.size() > 1 && word.startsWith(u'-'));
}

// `net use [X:|*] \\server\share [password|*] [/user:...] [/options]`: the first bare word after the
// share is the password.
std::optional<Span> netUsePassword(QStringView text, qsizetype from, qsizetype to) {
    bool share = false;
    for (const auto& [offset, length] : words(text, from, to)) {
        const QStringView word = text.mid(offset, length);
        if (!share) {
            if (word.startsWith(u"\\\\") || word.startsWith(u"\"\\\\"))
                share = true;
            else if (!(word.size() == 2 && word.at(1) == u':') && word != u"*" && !isFlag(word))
                return std::nullopt; // prose, not a command
            continue;
        }
        if (isFlag(word) || word == u"*")
            continue;
        const Span span = unquoted(text, offset, length);
        const QStringView value = text.mid(span.offset, span.length);
        // A word of prose after the share ("... \\srv\\share then retry") is not a password.
        const bool plainWord = std::all_of(value.begin(), value.end(), [](QChar c) { return c.isLetter(); });
        if (acceptableCommandValue(value, span.quoted, false) &&
            (span.quoted || !plainWord || looksLikePassword(value.toString())))
            return span;
        return std::nullopt;
    }
    return std::nullopt;
}

// `runas [/flags] program password`: runas reads the password from the console, but notes give it
// after the program anyway.
std::optional<Span> runAsPassword(QStringView text, qsizetype from, qsizetype to) {
    bool user = false;
    bool program = false;
    for (const auto& [offset, length] : words(text, from, to)) {
        const QStringView word = text.mid(offset, length);
        if (isFlag(word)) {
            user = user || word.startsWith(u"/user:", Qt::CaseInsensitive) ||
                   word.startsWith(u"/u:", Qt::CaseInsensitive);
            continue;
        }
        if (!user)
            return std::nullopt;
        if (!program) {
            program = true;
            continue;
        }
        const Span span = unquoted(text, offset, length);
        if (acceptableCommandValue(text.mid(span.offset, span.length), span.quoted, true))
            return span;
        return std::nullopt;
    }
    return std::nullopt;
}

// The word just before `at`: "Sommer2025!" in "Sommer2025! as her new password".
std::optional<Span> wordBefore(QStringView text, qsizetype at) {
    qsizetype end = at;
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    qsizetype begin = end;
    while (begin > 0 && !text.at(begin - 1).isSpace())
        --begin;
    if (begin == end)
        return std::nullopt;
    Span span = unquoted(text, begin, end - begin);
    // An opening quote or bracket of the sentence is not part of it either.
    while (span.length > 0 && QStringView(u"\"'([").contains(text.at(span.offset))) {
        ++span.offset;
        --span.length;
    }
    const QString value = text.mid(span.offset, span.length).toString();
    if (value.isEmpty() || isPlaceholder(value) || isOrdinaryValue(value) || !looksLikePassword(value))
        return std::nullopt;
    return span;
}

// A base32 seed: 16 characters or more; one without a digit must be one unbroken word, since
// capitals in prose can line up as groups of letters.
bool looksLikeTotpSeed(QStringView value) {
    int chars = 0;
    bool digit = false;
    bool broken = false;
    for (const QChar c : value) {
        if (c == u' ' || c == u'-')
            broken = true;
        else if (c != u'=') {
            ++chars;
            digit = digit || c.isDigit();
        }
    }
    return chars >= 16 && (digit || !broken);
}

// Backup codes: at least two, each with a digit, none a date or a ticket.
bool looksLikeBackupCodes(QStringView value) {
    static const QRegularExpression code = compiled(QStringLiteral("[A-Za-z0-9]+(?:-[A-Za-z0-9]+)?"));
    static const QRegularExpression notCode = compiled(
        QStringLiteral(
            "^(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,4}|[A-Za-z]+\\d{1,3}|(?:INC|REQ|RITM|CHG|KB|SR|CS)\\d+)$"),
        ci);
    int codes = 0;
    auto it = code.globalMatch(value);
    while (it.hasNext()) {
        const QStringView word = it.next().capturedView();
        if (!std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); }))
            return false;
        if (notCode.match(word).hasMatch())
            return false;
        ++codes;
    }
    return codes >= 2;
}

// A keyword-led key: letters and digits that alternate often, the way random keys do and
// identifiers ("MicrosoftGraphReader2024", "Win10-Baseline-v2") do not.
bool looksLikeApiKey(QStringView value) {
    int letters = 0;
    int digits = 0;
    int alternations = 0;
    int last = -1; // 0 letter, 1 digit
    for (const QChar c : value) {
        const int now = c.isLetter() ? 0 : c.isDigit() ? 1 : -1;
        if (now == 0)
            ++letters;
        else if (now == 1)
            ++digits;
        if (now >= 0) {
            if (last >= 0 && now != last)
                ++alternations;
            last = now;
        }
    }
    // 32 hex digits or more after "API key" are a key however its digits fall.
    const bool hex = value.size() >= 32 && std::all_of(value.begin(), value.end(), [](QChar c) {
                         return c.isDigit() || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
                     });
    if (letters < 2 || digits < 2 || (alternations < 4 && !hex))
        return false;
    const QString text = value.toString();
    return !isOrdinaryValue(text) && !isPlaceholder(text) && !value.contains(u"://") &&
           !value.startsWith(u'/');
}

// Reports one token pattern's matches as candidates, after its check.
void findTokens(QStringView text, const TokenPattern& pattern, QList<Candidate>& out) {
    auto it = pattern.re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype start = m.capturedStart(pattern.group);
        const qsizetype length = m.capturedLength(pattern.group);
        std::optional<Span> span;
        switch (pattern.check) {
        case Check::None:
            span = Span{start, length, false};
            break;
        case Check::Delimited: {
            const QString raw = text.mid(start, length).trimmed().toString();
            // Braces and quotes delimit an ODBC value; anything else may end a sentence.
            const bool delimited = raw.startsWith(u'{') || raw.startsWith(u'"') || raw.startsWith(u'\'');
            const QString trimmed = delimited ? raw : trimTrailingPunctuation(raw);
            if (!trimmed.isEmpty() && !isPlaceholder(trimmed))
                span = Span{start + text.mid(start, length).indexOf(trimmed), trimmed.size(), delimited};
            break;
        }
        case Check::Command:
        case Check::CommandWeak: {
            const Span value = unquoted(text, start, length);
            if (acceptableCommandValue(text.mid(value.offset, value.length), value.quoted,
                                       pattern.check == Check::CommandWeak))
                span = value;
            break;
        }
        case Check::NetUse:
            span = netUsePassword(text, start, start + length);
            break;
        case Check::RunAs:
            span = runAsPassword(text, start, start + length);
            break;
        case Check::ValueBefore:
            span = wordBefore(text, start);
            break;
        case Check::Totp:
            if (looksLikeTotpSeed(text.mid(start, length)))
                span = Span{start, length, false};
            break;
        case Check::BackupCodes:
            if (looksLikeBackupCodes(text.mid(start, length)))
                span = Span{start, length, false};
            break;
        case Check::ApiKeyValue: {
            const Span value = unquoted(text, start, length);
            if (looksLikeApiKey(text.mid(value.offset, value.length)))
                span = value;
            break;
        }
        }
        if (span && span->length > 0)
            out.append({pattern.kind, span->offset, span->length, pattern.priority});
    }
}

} // namespace

QList<SecretScanner::Kind> SecretScanner::allKinds() {
    QList<Kind> kinds;
    for (int k = int(Kind::Password); k <= int(Kind::BitLockerRecoveryKey); ++k)
        kinds.append(Kind(k));
    return kinds;
}

QList<SecretScanner::Hit> SecretScanner::scan(QStringView text) {
    QList<Candidate> candidates;
    // Key blocks first, then fixed-shape tokens, then command lines and connection strings, then
    // assignments, random-looking tokens and keyword-led keys (see tokenPatterns()).
    const QString folded = text.toString().toCaseFolded();
    const AnchorIndex& index = anchorIndex();
    const std::vector<bool> found = index.present(folded);
    const QList<TokenPattern>& patterns = tokenPatterns();
    for (qsizetype i = 0; i < patterns.size(); ++i) {
        if (index.runs(i, found))
            findTokens(text, patterns.at(i), candidates);
    }
    if (index.runsAssignments(found))
        findAssignments(text, candidates);
    findHighEntropy(text, candidates);

    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.priority < b.priority; });
    // The spans kept so far by their offset, none overlapping: a candidate overlaps one only if it
    // overlaps its neighbour on either side. A file with thousands of hits stays n log n.
    std::map<qsizetype, qsizetype> taken; // offset -> end
    QList<Candidate> kept;
    for (const Candidate& c : std::as_const(candidates)) {
        if (c.length <= 0)
            continue;
        const qsizetype end = c.offset + c.length;
        auto next = taken.lower_bound(c.offset);
        if (next != taken.end() && next->first < end)
            continue;
        if (next != taken.begin() && std::prev(next)->second > c.offset)
            continue;
        taken.emplace(c.offset, end);
        kept.append(c);
    }
    std::sort(kept.begin(), kept.end(),
              [](const Candidate& a, const Candidate& b) { return a.offset < b.offset; });

    QList<Hit> hits;
    int line = 1;
    qsizetype lineStart = 0;
    qsizetype position = 0;
    for (const Candidate& c : std::as_const(kept)) {
        for (; position < c.offset; ++position) {
            if (text.at(position) == u'\n') {
                ++line;
                lineStart = position + 1;
            }
        }
        hits.append({c.kind, c.offset, c.length, line, static_cast<int>(c.offset - lineStart) + 1});
    }
    return hits;
}

QString SecretScanner::kindName(Kind kind) {
    switch (kind) {
    case Kind::Password:
        return QStringLiteral("password");
    case Kind::Passphrase:
        return QStringLiteral("passphrase");
    case Kind::Pin:
        return QStringLiteral("pin");
    case Kind::PrivateKey:
        return QStringLiteral("private_key");
    case Kind::AwsAccessKey:
        return QStringLiteral("aws_access_key");
    case Kind::AwsSecretKey:
        return QStringLiteral("aws_secret_key");
    case Kind::GitHubToken:
        return QStringLiteral("github_token");
    case Kind::GitLabToken:
        return QStringLiteral("gitlab_token");
    case Kind::SlackToken:
        return QStringLiteral("slack_token");
    case Kind::Jwt:
        return QStringLiteral("jwt");
    case Kind::ConnectionString:
        return QStringLiteral("connection_string");
    case Kind::HighEntropyToken:
        return QStringLiteral("high_entropy_token");
    case Kind::CommandLinePassword:
        return QStringLiteral("command_line_password");
    case Kind::ApiKey:
        return QStringLiteral("api_key");
    case Kind::StripeKey:
        return QStringLiteral("stripe_key");
    case Kind::TwilioKey:
        return QStringLiteral("twilio_key");
    case Kind::SendGridKey:
        return QStringLiteral("sendgrid_key");
    case Kind::GoogleApiKey:
        return QStringLiteral("google_api_key");
    case Kind::AzureStorageKey:
        return QStringLiteral("azure_storage_key");
    case Kind::AzureClientSecret:
        return QStringLiteral("azure_client_secret");
    case Kind::SignedUrl:
        return QStringLiteral("signed_url");
    case Kind::NpmToken:
        return QStringLiteral("npm_token");
    case Kind::PyPiToken:
        return QStringLiteral("pypi_token");
    case Kind::WebhookUrl:
        return QStringLiteral("webhook_url");
    case Kind::MailgunKey:
        return QStringLiteral("mailgun_key");
    case Kind::ShopifyToken:
        return QStringLiteral("shopify_token");
    case Kind::DigitalOceanToken:
        return QStringLiteral("digitalocean_token");
    case Kind::OpenAiKey:
        return QStringLiteral("openai_key");
    case Kind::AnthropicKey:
        return QStringLiteral("anthropic_key");
    case Kind::AtlassianToken:
        return QStringLiteral("atlassian_token");
    case Kind::HerokuKey:
        return QStringLiteral("heroku_key");
    case Kind::DatadogKey:
        return QStringLiteral("datadog_key");
    case Kind::TotpSeed:
        return QStringLiteral("totp_seed");
    case Kind::MfaBackupCodes:
        return QStringLiteral("mfa_backup_codes");
    case Kind::BitLockerRecoveryKey:
        return QStringLiteral("bitlocker_recovery_key");
    }
    return {};
}

QString SecretScanner::kindDescription(Kind kind) {
    switch (kind) {
    case Kind::Password:
        return tr("a password");
    case Kind::Passphrase:
        return tr("a passphrase");
    case Kind::Pin:
        return tr("a PIN");
    case Kind::PrivateKey:
        return tr("a private key");
    case Kind::AwsAccessKey:
        return tr("an AWS access key");
    case Kind::AwsSecretKey:
        return tr("an AWS secret key");
    case Kind::GitHubToken:
        return tr("a GitHub token");
    case Kind::GitLabToken:
        return tr("a GitLab token");
    case Kind::SlackToken:
        return tr("a Slack token");
    case Kind::Jwt:
        return tr("a JSON Web Token");
    case Kind::ConnectionString:
        return tr("a connection string with a password");
    case Kind::HighEntropyToken:
        return tr("a random-looking token (API key or secret)");
    case Kind::CommandLinePassword:
        return tr("a password on a command line");
    case Kind::ApiKey:
        return tr("an API key or access token");
    case Kind::StripeKey:
        return tr("a Stripe secret key");
    case Kind::TwilioKey:
        return tr("a Twilio API key or auth token");
    case Kind::SendGridKey:
        return tr("a SendGrid API key");
    case Kind::GoogleApiKey:
        return tr("a Google API key or OAuth client secret");
    case Kind::AzureStorageKey:
        return tr("an Azure storage or shared access key");
    case Kind::AzureClientSecret:
        return tr("an Entra ID (Azure AD) client secret");
    case Kind::SignedUrl:
        return tr("a signed URL (SAS or pre-signed signature)");
    case Kind::NpmToken:
        return tr("an npm access token");
    case Kind::PyPiToken:
        return tr("a PyPI API token");
    case Kind::WebhookUrl:
        return tr("a webhook URL with its secret (Discord, Teams)");
    case Kind::MailgunKey:
        return tr("a Mailgun API key");
    case Kind::ShopifyToken:
        return tr("a Shopify access token");
    case Kind::DigitalOceanToken:
        return tr("a DigitalOcean token");
    case Kind::OpenAiKey:
        return tr("an OpenAI API key");
    case Kind::AnthropicKey:
        return tr("an Anthropic API key");
    case Kind::AtlassianToken:
        return tr("an Atlassian API token");
    case Kind::HerokuKey:
        return tr("a Heroku API key");
    case Kind::DatadogKey:
        return tr("a Datadog API or application key");
    case Kind::TotpSeed:
        return tr("a TOTP seed");
    case Kind::MfaBackupCodes:
        return tr("MFA backup codes");
    case Kind::BitLockerRecoveryKey:
        return tr("a BitLocker recovery key");
    }
    return {};
}

} // namespace sitekeeper
