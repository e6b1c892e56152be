#include "cli/Passphrase.h"

#include "cli/CliSignIn.h"
#include "core/SealedFile.h"

QByteArray Passphrase::read(CliContext &ctx)
{
    return CliSignIn::readSecretLine(ctx, Cli::tr("Passphrase of the sealed backup: ")).toUtf8();
}

std::optional<QByteArray> Passphrase::readNew(CliContext &ctx)
{
    const QString passphrase =
        CliSignIn::readSecretLine(ctx, Cli::tr("Passphrase to seal the backup with: "));
    if (passphrase.size() < SealedFile::minimumPassphrase) {
        ctx.fail(Cli::tr("the passphrase must have at least %n characters; nothing was written", "",
                         SealedFile::minimumPassphrase));
        return std::nullopt;
    }
    if (CliSignIn::readsFromTerminal(ctx) &&
        CliSignIn::readSecretLine(ctx, Cli::tr("The same passphrase again: ")) != passphrase) {
        ctx.fail(Cli::tr("the two passphrases differ; nothing was written"));
        return std::nullopt;
    }
    return passphrase.toUtf8();
}
