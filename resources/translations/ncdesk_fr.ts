<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Paste the card they sent you (the whole block), or open the card&apos;s file.</source>
        <translation>Collez la carte que votre interlocuteur vous a envoyée (tout le bloc), ou ouvrez le fichier de la carte.</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>À partir d&apos;un fichier…</translation>
    </message>
    <message>
        <source>Compare these digits with them by phone before you trust the card.</source>
        <translation>Comparez ces chiffres par téléphone avec votre interlocuteur avant de vous fier à la carte.</translation>
    </message>
    <message>
        <source>as on the card</source>
        <translation>comme sur la carte</translation>
    </message>
    <message>
        <source>Fingerprint compared</source>
        <translation>Empreinte comparée</translation>
    </message>
    <message>
        <source>Publisher of reference releases</source>
        <translation>Éditeur des versions de référence</translation>
    </message>
    <message>
        <source>Card of</source>
        <translation>Carte de</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Call them</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Ajouter le contact</translation>
    </message>
    <message>
        <source>Open a contact&apos;s card</source>
        <translation>Ouvrir la carte d&apos;un contact</translation>
    </message>
</context>
<context>
    <name>AlertActions</name>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Reopen this alert? Its outcome is cleared.</source>
        <translation>Rouvrir cette alerte ? Son issue est effacée.</translation>
    </message>
    <message>
        <source>President of the Assembly of States Parties</source>
        <translation>Président de l&apos;Assemblée des États Parties</translation>
    </message>
    <message>
        <source>Visit of %1</source>
        <translation>Visite de %1</translation>
    </message>
    <message>
        <source>Minister of Foreign Affairs</source>
        <translation>Ministre des affaires étrangères</translation>
    </message>
    <message>
        <source>Draft the letter</source>
        <translation>Rédiger la lettre</translation>
    </message>
    <message>
        <source>Drafted %1</source>
        <translation>%1 rédigée</translation>
    </message>
    <message>
        <source>The letter could not be drafted</source>
        <translation>La lettre n&apos;a pas pu être rédigée</translation>
    </message>
    <message>
        <source>Drafting the letter…</source>
        <translation>Rédaction de la lettre…</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>No backup was made</source>
        <translation>Aucune sauvegarde n&apos;a été faite</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>%1 restauré</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>Sauvegarde avant la fermeture…</translation>
    </message>
    <message>
        <source>Closing ncdesk</source>
        <translation>Fermeture de ncdesk</translation>
    </message>
    <message>
        <source>No backup was made on closing</source>
        <translation>Aucune sauvegarde n&apos;a été faite à la fermeture</translation>
    </message>
</context>
<context>
    <name>BriefActions</name>
    <message>
        <source>Select States, persons, cases, situations or alerts first.</source>
        <translation>Sélectionnez d&apos;abord des États, des personnes, des affaires, des situations ou des alertes.</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>The export was not recorded</source>
        <translation>L&apos;exportation n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>Draft report of the Bureau</source>
        <translation>Projet de rapport du Bureau</translation>
    </message>
    <message numerus="yes">
        <source>Meeting pack of %n note(s)</source>
        <translation>
            <numerusform>Dossier de réunion (notes&#xa0;: %n)</numerusform>
            <numerusform>Dossier de réunion (notes&#xa0;: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Briefing note: %1</source>
        <translation>Note d&apos;information&#xa0;: %1</translation>
    </message>
    <message>
        <source>The Bureau&apos;s report on non-cooperation (sections II to VII) for the period below.</source>
        <translation>Le rapport du Bureau sur la non-coopération (sections II à VII) pour la période ci-dessous.</translation>
    </message>
    <message>
        <source>Notes on: %1</source>
        <translation>Notes sur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <source>Classification marking</source>
        <translation>Marque de classification</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>travel alert %1</source>
        <translation>alerte de voyage %1</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>La période se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Saved %1 (not recorded in the history)</source>
        <translation>%1 enregistré (non consigné dans l&apos;historique)</translation>
    </message>
    <message>
        <source>The file cannot be written (no permission, or it is open in another program). Any existing file was left as it was.</source>
        <translation>Le fichier ne peut pas être écrit (pas d&apos;autorisation, ou il est ouvert dans un autre programme). Tout fichier existant a été laissé tel quel.</translation>
    </message>
    <message>
        <source>The document could not be written</source>
        <translation>Le document n&apos;a pas pu être écrit</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Valeur de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>À conserver</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Ma valeur</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre celle de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>ClipboardGuard</name>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Le presse-papiers a été vidé.</translation>
    </message>
    <message>
        <source>Copied — the clipboard is cleared in %1 s</source>
        <translation>Copié — le presse-papiers sera vidé dans %1 s</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Last package sent</source>
        <translation>Dernier paquet envoyé</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Dernière réception</translation>
    </message>
    <message>
        <source>Has our changes up to</source>
        <translation>A nos modifications jusqu&apos;au</translation>
    </message>
    <message>
        <source>Compare the fingerprint with them by phone, then mark the contact verified.</source>
        <translation>Comparez l&apos;empreinte par téléphone avec votre interlocuteur, puis marquez le contact comme vérifié.</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ vérifié</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>✓ reference releases</source>
        <translation>✓ versions de référence</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>rien pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>CountLabel</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>Fiches&#xa0;: %n</numerusform>
            <numerusform>Fiches&#xa0;: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>the visit dates have passed: record the outcome and close the alert</source>
        <translation>les dates de la visite sont passées&#xa0;: consignez l&apos;issue et clôturez l&apos;alerte</translation>
    </message>
    <message>
        <source>verified but not yet shared with the Court (the Assembly asks that it be shared promptly)</source>
        <translation>vérifiée mais pas encore communiquée à la Cour (l&apos;Assemblée demande qu&apos;elle le soit sans tarder)</translation>
    </message>
    <message>
        <source>the visit is in %n day(s) and no letter has been sent</source>
        <translation>la visite a lieu dans %n jour(s) et aucune lettre n&apos;a été envoyée</translation>
    </message>
    <message>
        <source>the visit is in %n day(s) and the report is not yet verified</source>
        <translation>la visite a lieu dans %n jour(s) et le signalement n&apos;est pas encore vérifié</translation>
    </message>
    <message>
        <source>New travel alert…</source>
        <translation>Nouvelle alerte de voyage…</translation>
    </message>
    <message>
        <source>Export calendar (.ics)…</source>
        <translation>Exporter le calendrier (.ics)…</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Aujourd&apos;hui, %1</translation>
    </message>
    <message>
        <source>Visits expected in the next 30 days</source>
        <translation>Visites attendues dans les 30 prochains jours</translation>
    </message>
    <message>
        <source>No visit expected in the next 30 days.</source>
        <translation>Aucune visite attendue dans les 30 prochains jours.</translation>
    </message>
    <message>
        <source>obliged to arrest and surrender</source>
        <translation>tenu d&apos;arrêter et de remettre</translation>
    </message>
    <message>
        <source>not obliged</source>
        <translation>non tenu</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier finding(s)</source>
        <translation>
            <numerusform>constatations antérieures&#xa0;: %n</numerusform>
            <numerusform>constatations antérieures&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts needing action</source>
        <translation>Alertes appelant une action</translation>
    </message>
    <message>
        <source>Nothing to do on the open alerts.</source>
        <translation>Rien à faire sur les alertes ouvertes.</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Délais</translation>
    </message>
    <message>
        <source>No open deadline.</source>
        <translation>Aucun délai en cours.</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>dépassé de %n jour(s)</numerusform>
            <numerusform>dépassé de %n jour(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour(s)</numerusform>
            <numerusform>dans %n jour(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>The Court’s recent decisions on non-cooperation</source>
        <translation>Décisions récentes de la Cour sur la non-coopération</translation>
    </message>
    <message>
        <source>Latest recorded visits</source>
        <translation>Dernières visites consignées</translation>
    </message>
    <message>
        <source>Received from your contacts</source>
        <translation>Reçu de vos contacts</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) updated</source>
        <translation>
            <numerusform>%n champ mis à jour</numerusform>
            <numerusform>%n champs mis à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>rien de nouveau</translation>
    </message>
    <message>
        <source>Received from %1: %2</source>
        <translation>Reçu de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Received records that may be one with yours</source>
        <translation>Fiches reçues qui pourraient ne faire qu&apos;une avec les vôtres</translation>
    </message>
    <message>
        <source>2 alerts may be the same visit</source>
        <translation>2 alertes pourraient concerner la même visite</translation>
    </message>
    <message>
        <source>2 letters may be the same letter</source>
        <translation>2 lettres pourraient être la même lettre</translation>
    </message>
    <message>
        <source>2 activities may be the same activity</source>
        <translation>2 activités pourraient être la même activité</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: the Findings view lists them all.</source>
        <translation>
            <numerusform>… et %n autre&#xa0;: la vue Constatations les présente toutes.</numerusform>
            <numerusform>… et %n autres&#xa0;: la vue Constatations les présente toutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: the Travel alerts view lists them all.</source>
        <translation>
            <numerusform>… et %n autre&#xa0;: la vue Alertes de voyage les présente toutes.</numerusform>
            <numerusform>… et %n autres&#xa0;: la vue Alertes de voyage les présente toutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 (unverified)</source>
        <translation>%1 (à vérifier)</translation>
    </message>
    <message>
        <source>done on</source>
        <translation>fait le</translation>
    </message>
    <message>
        <source>OBLIGED to arrest and surrender</source>
        <translation>TENU d&apos;arrêter et de remettre</translation>
    </message>
    <message>
        <source>NOT OBLIGED to arrest and surrender</source>
        <translation>NON TENU d&apos;arrêter et de remettre</translation>
    </message>
    <message>
        <source>On the last day of the visit:</source>
        <translation>Le dernier jour de la visite&#xa0;:</translation>
    </message>
    <message>
        <source>Earlier findings against this State</source>
        <translation>Constatations antérieures visant cet État</translation>
    </message>
    <message>
        <source>%n earlier, not shown here: show all</source>
        <translation>%n antérieurs, non affichés ici&#xa0;: tout afficher</translation>
    </message>
    <message>
        <source>This record was deleted. Use Edit ▸ Restore record to bring it back.</source>
        <translation>Cette fiche a été supprimée. Utilisez Édition ▸ Restaurer la fiche pour la rétablir.</translation>
    </message>
    <message>
        <source>changed by you</source>
        <translation>modifié par vous</translation>
    </message>
    <message>
        <source>Reference record; the fields marked ✎ are yours and later reference releases keep them.</source>
        <translation>Fiche de référence ; les champs marqués ✎ sont les vôtres et les versions ultérieures des données de référence les conservent.</translation>
    </message>
    <message>
        <source>Reference record shipped with ncdesk; each fact cites its source.</source>
        <translation>Fiche de référence fournie avec ncdesk ; chaque fait cite sa source.</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <source>Brief…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <source>A briefing note on this record, as PDF or Word (Ctrl+B)</source>
        <translation>Une note d&apos;information sur cette fiche, en PDF ou Word (Ctrl+B)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Open a record to see it here. Drop a file on a record to attach it.</source>
        <translation>Ouvrez une fiche pour la voir ici. Déposez un fichier sur une fiche pour le joindre.</translation>
    </message>
    <message>
        <source>Kept on this laptop only: never shared with the other focal points (Edit ▸ Keep on this laptop only).</source>
        <translation>Gardée uniquement sur cet ordinateur portable&#xa0;: jamais partagée avec les autres points focaux (Édition ▸ Garder uniquement sur cet ordinateur portable).</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <source>Add a contact first (Team ▸ Add contact…, from the card they sent you), or share everything with a passphrase for a one-off handover.</source>
        <translation>Ajoutez d&apos;abord un contact (Équipe ▸ Ajouter un contact…, à partir de la carte qu&apos;il vous a envoyée), ou partagez tout avec une phrase secrète pour une passation ponctuelle.</translation>
    </message>
    <message>
        <source>Wait: another operation is running.</source>
        <translation>Patientez&#xa0;: une autre opération est en cours.</translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation>Enregistrer le paquet</translation>
    </message>
    <message>
        <source>ncdesk package (*.ncpkg)</source>
        <translation>Paquet ncdesk (*.ncpkg)</translation>
    </message>
    <message>
        <source>Nothing was shared.</source>
        <translation>Rien n&apos;a été partagé.</translation>
    </message>
    <message>
        <source>The package was not written</source>
        <translation>Le paquet n&apos;a pas été écrit</translation>
    </message>
    <message>
        <source>whoever has the passphrase</source>
        <translation>quiconque détient la phrase secrète</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) shared with %1, in %2</source>
        <translation>
            <numerusform>%n fiche partagée avec %1, dans %2</numerusform>
            <numerusform>%n fiches partagées avec %1, dans %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Sealing the package…</source>
        <translation>Scellement du paquet…</translation>
    </message>
    <message>
        <source>Making the package…</source>
        <translation>Préparation du paquet…</translation>
    </message>
    <message>
        <source>Receive a package</source>
        <translation>Recevoir un paquet</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Opening the package…</source>
        <translation>Ouverture du paquet…</translation>
    </message>
    <message>
        <source>The package was not received</source>
        <translation>Le paquet n&apos;a pas été reçu</translation>
    </message>
    <message>
        <source>This package is sealed with a passphrase. Type the passphrase it was given with.</source>
        <translation>Ce paquet est scellé par une phrase secrète. Tapez la phrase secrète qui vous a été communiquée avec lui.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>%1 is not one of your contacts, so the package cannot be trusted yet. Add them as a contact? You will see their card&apos;s fingerprint, to compare with them by phone first.</source>
        <translation>%1 ne fait pas partie de vos contacts&#xa0;: on ne peut donc pas encore se fier au paquet. L&apos;ajouter comme contact&#xa0;? Vous verrez l&apos;empreinte de sa carte, à comparer d&apos;abord par téléphone avec votre interlocuteur.</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>Réception…</translation>
    </message>
    <message>
        <source>This package from %1 was received before.</source>
        <translation>Ce paquet de %1 a déjà été reçu.</translation>
    </message>
    <message>
        <source>Received from %1:</source>
        <translation>Reçu de %1&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n fiche ajoutée</numerusform>
            <numerusform>%n fiches ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) updated</source>
        <translation>
            <numerusform>%n champ mis à jour</numerusform>
            <numerusform>%n champs mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n supprimée</numerusform>
            <numerusform>%n supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) decided</source>
        <translation>
            <numerusform>%n conflit tranché</numerusform>
            <numerusform>%n conflits tranchés</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchange with the other focal points</source>
        <translation>Échange avec les autres points focaux</translation>
    </message>
    <message>
        <source>No exchange folder: packages are shared and received as files (File ▸ Share…, Receive…).</source>
        <translation>Pas de dossier d&apos;échange&#xa0;: les paquets sont partagés et reçus sous forme de fichiers (Fichier ▸ Partager…, Recevoir…).</translation>
    </message>
    <message>
        <source>Exchange folder: %1 (picked up at start and every few minutes).</source>
        <translation>Dossier d&apos;échange&#xa0;: %1 (relevé au démarrage et à intervalles de quelques minutes).</translation>
    </message>
    <message>
        <source>Exchange folder: %1 (automatic exchange off).</source>
        <translation>Dossier d&apos;échange&#xa0;: %1 (échange automatique désactivé).</translation>
    </message>
    <message>
        <source>Exchange folder…</source>
        <translation>Dossier d&apos;échange…</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) in the exchange folder refused: %1</source>
        <translation>
            <numerusform>%n paquet refusé dans le dossier d&apos;échange&#xa0;: %1</numerusform>
            <numerusform>%n paquets refusés dans le dossier d&apos;échange&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) wait for your decision (Team view).</source>
        <translation>
            <numerusform>%n paquet attend votre décision (vue Équipe).</numerusform>
            <numerusform>%n paquets attendent votre décision (vue Équipe).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to the exchange folder.</source>
        <translation>
            <numerusform>%n fiche écrite dans le dossier d&apos;échange.</numerusform>
            <numerusform>%n fiches écrites dans le dossier d&apos;échange.</numerusform>
        </translation>
    </message>
    <message>
        <source>The exchange folder could not be read or written: %1</source>
        <translation>Le dossier d&apos;échange n&apos;a pas pu être lu ou écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exchanging…</source>
        <translation>Échange en cours…</translation>
    </message>
    <message>
        <source>Kept on this laptop only: never shared.</source>
        <translation>Gardée uniquement sur cet ordinateur portable&#xa0;: jamais partagée.</translation>
    </message>
    <message>
        <source>Shared with your contacts again.</source>
        <translation>De nouveau partagée avec vos contacts.</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>Exchange folder</source>
        <translation>Dossier d&apos;échange</translation>
    </message>
    <message>
        <source>A folder that your sync tool (OneDrive, SharePoint, Nextcloud, Syncthing) copies between the focal points&apos; laptops. ncdesk writes your packages there, sealed for each contact, and picks up the packages addressed to you.</source>
        <translation>Un dossier que votre outil de synchronisation (OneDrive, SharePoint, Nextcloud, Syncthing) copie entre les ordinateurs portables des points focaux. ncdesk y dépose vos paquets, scellés pour chaque contact, et y relève les paquets qui vous sont adressés.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Send and pick up automatically (at start, after changes and every few minutes)</source>
        <translation>Envoyer et relever automatiquement (au démarrage, après les modifications et à intervalles de quelques minutes)</translation>
    </message>
    <message>
        <source>Choose the exchange folder</source>
        <translation>Choisir le dossier d&apos;échange</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Export the calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>The calendar was written but not recorded</source>
        <translation>Le calendrier a été écrit mais non consigné</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to the calendar.</source>
        <translation>
            <numerusform>Événements écrits dans le calendrier&#xa0;: %n.</numerusform>
            <numerusform>Événements écrits dans le calendrier&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Attach files to this record</source>
        <translation>Joindre des fichiers à cette fiche</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>Fichiers joints&#xa0;: %n.</numerusform>
            <numerusform>Fichiers joints&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attaching…</source>
        <translation>Ajout des fichiers…</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>Fichier manquant</translation>
    </message>
    <message>
        <source>The file %1 is no longer in the data folder.</source>
        <translation>Le fichier %1 n&apos;est plus dans le dossier de données.</translation>
    </message>
    <message>
        <source>Save a decrypted copy of %1</source>
        <translation>Enregistrer une copie déchiffrée de %1</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>La copie n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>Saved a decrypted copy to %1</source>
        <translation>Copie déchiffrée enregistrée dans %1</translation>
    </message>
    <message>
        <source>Export everything as JSON</source>
        <translation>Tout exporter en JSON</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté dans %1</translation>
    </message>
    <message>
        <source>Open the table of persons, findings, travel alerts, letters or activities first.</source>
        <translation>Ouvrez d&apos;abord le tableau des personnes, des constatations, des alertes de voyage, des lettres ou des activités.</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Export as an Excel workbook</source>
        <translation>Exporter en classeur Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FindingsPlot</name>
    <message>
        <source>Communications on non-cooperation per year, by situation. Click a bar to filter.</source>
        <translation>Communications sur la non-coopération par année, par situation. Cliquez sur une barre pour filtrer.</translation>
    </message>
    <message>
        <source>No communications recorded.</source>
        <translation>Aucune communication consignée.</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>All situations</source>
        <translation>Toutes les situations</translation>
    </message>
    <message>
        <source>All States</source>
        <translation>Tous les États</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>Referred anywhere</source>
        <translation>Renvoyée où que ce soit</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>rien à importer</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>Importer des fiches</translation>
    </message>
    <message>
        <source>Choose a CSV, Excel (.xlsx) or JSON file.</source>
        <translation>Choisissez un fichier CSV, Excel (.xlsx) ou JSON.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Kind: from the file</source>
        <translation>Type&#xa0;: selon le fichier</translation>
    </message>
    <message>
        <source>Save a template…</source>
        <translation>Enregistrer un modèle…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import records from a file</source>
        <translation>Importer des fiches depuis un fichier</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Questions: %n to answer before the import (choose in the Answer column)</source>
        <translation>
            <numerusform>&amp;Questions&#xa0;: %n à trancher avant l&apos;importation (choisir dans la colonne Réponse)</numerusform>
            <numerusform>&amp;Questions&#xa0;: %n à trancher avant l&apos;importation (choisir dans la colonne Réponse)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Questions: all answered (once imported, the answers are kept for files with these columns)</source>
        <translation>&amp;Questions&#xa0;: toutes tranchées (après l&apos;importation, les réponses sont conservées pour les fichiers ayant ces colonnes)</translation>
    </message>
    <message>
        <source>Wait until the work in progress finishes.</source>
        <translation>Attendez la fin du travail en cours.</translation>
    </message>
    <message numerus="yes">
        <source>%1%2 (%n row(s))</source>
        <translation>
            <numerusform>%1%2 (lignes&#xa0;: %n)</numerusform>
            <numerusform>%1%2 (lignes&#xa0;: %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): correct them in the file, then choose it again</source>
        <translation>
            <numerusform>Problèmes&#xa0;: %n ; corrigez-les dans le fichier, puis choisissez-le à nouveau</numerusform>
            <numerusform>Problèmes&#xa0;: %n ; corrigez-les dans le fichier, puis choisissez-le à nouveau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) wait for the answers above</source>
        <translation>
            <numerusform>%n cellule(s) en attente des réponses ci-dessus</numerusform>
            <numerusform>%n cellule(s) en attente des réponses ci-dessus</numerusform>
        </translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>%1. Answer the questions below, then import.</source>
        <translation>%1. Répondez aux questions ci-dessous, puis importez.</translation>
    </message>
    <message>
        <source>%1. Nothing can be imported until every problem below is corrected in the file.</source>
        <translation>%1. Rien ne peut être importé tant que chaque problème ci-dessous n&apos;est pas corrigé dans le fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n à ajouter</numerusform>
            <numerusform>%n à ajouter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n à mettre à jour</numerusform>
            <numerusform>%n à mettre à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already recorded</source>
        <translation>
            <numerusform>%n déjà enregistrée</numerusform>
            <numerusform>%n déjà enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept (newer here)</source>
        <translation>
            <numerusform>%n conservée (plus récente ici)</numerusform>
            <numerusform>%n conservées (plus récentes ici)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n avec des problèmes</numerusform>
            <numerusform>%n avec des problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked</source>
        <translation>
            <numerusform>%n non vérifiée</numerusform>
            <numerusform>%n non vérifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n problem(s)</source>
        <translation>
            <numerusform>&#xa0;; %n problème</numerusform>
            <numerusform>&#xa0;; %n problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajoutée</numerusform>
            <numerusform>%n ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged (incl. reference)</source>
        <translation>
            <numerusform>%n inchangée (y compris de référence)</numerusform>
            <numerusform>%n inchangées (y compris de référence)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept (local newer)</source>
        <translation>
            <numerusform>%n conservée (version locale plus récente)</numerusform>
            <numerusform>%n conservées (version locale plus récente)</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Imported: %1. Edit ▸ Undo takes the whole import back.</source>
        <translation>Importation effectuée&#xa0;: %1. Édition ▸ Annuler annule toute l&apos;importation.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s). Edit ▸ Undo takes the whole import back.</source>
        <translation>
            <numerusform>Fiches importées&#xa0;: %n. Édition ▸ Annuler annule toute l&apos;importation.</numerusform>
            <numerusform>Fiches importées&#xa0;: %n. Édition ▸ Annuler annule toute l&apos;importation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: the records changed since the preview.</source>
        <translation>Rien n&apos;a été importé&#xa0;: les fiches ont changé depuis l&apos;aperçu.</translation>
    </message>
    <message>
        <source>The import did not run</source>
        <translation>L&apos;importation n&apos;a pas eu lieu</translation>
    </message>
    <message>
        <source>Save the import template of %1</source>
        <translation>Enregistrer le modèle d&apos;importation de %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be written</source>
        <translation>Le modèle n&apos;a pas pu être écrit</translation>
    </message>
</context>
<context>
    <name>LockedPanel</name>
    <message>
        <source>ncdesk is locked</source>
        <translation>ncdesk est verrouillé</translation>
    </message>
    <message>
        <source>The database is closed and its key forgotten. Type the passphrase to go on where you left off.</source>
        <translation>La base de données est fermée et sa clé oubliée. Tapez la phrase secrète pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ncdesk — non-cooperation</source>
        <translation>ncdesk — non-coopération</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Dossier de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Situations and cases</source>
        <translation>Situations et affaires</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatations</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>States</source>
        <translation>États</translation>
    </message>
    <message>
        <source>Travel alerts</source>
        <translation>Alertes de voyage</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Assembly documents</source>
        <translation>Documents de l&apos;Assemblée</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>New record of this kind…</source>
        <translation>Nouvelle fiche de ce type…</translation>
    </message>
    <message>
        <source>&amp;Attach file to this record…</source>
        <translation>&amp;Joindre un fichier à cette fiche…</translation>
    </message>
    <message>
        <source>&amp;Brief this record…</source>
        <translation>&amp;Note d&apos;information sur cette fiche…</translation>
    </message>
    <message>
        <source>Meeting &amp;pack of the selected records…</source>
        <translation>&amp;Dossier de réunion des fiches sélectionnées…</translation>
    </message>
    <message>
        <source>Draft &amp;report of the Bureau…</source>
        <translation>Projet de &amp;rapport du Bureau…</translation>
    </message>
    <message>
        <source>&amp;Export everything as JSON…</source>
        <translation>&amp;Exporter tout en JSON…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation>Parta&amp;ger…</translation>
    </message>
    <message>
        <source>Recei&amp;ve…</source>
        <translation>Rece&amp;voir…</translation>
    </message>
    <message>
        <source>Exchange &amp;folder…</source>
        <translation>Dossier d&apos;éc&amp;hange…</translation>
    </message>
    <message>
        <source>Export as E&amp;xcel workbook…</source>
        <translation>Exporter en classeur E&amp;xcel…</translation>
    </message>
    <message>
        <source>Export this table as &amp;CSV…</source>
        <translation>Exporter ce tableau en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save an import &amp;template</source>
        <translation>Enregistrer un &amp;modèle d&apos;importation</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Res&amp;tore a backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Open the data &amp;folder</source>
        <translation>Ouvrir le &amp;dossier de données</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Edit this record…</source>
        <translation>&amp;Modifier cette fiche…</translation>
    </message>
    <message>
        <source>Add a &amp;warrant to this person…</source>
        <translation>Ajouter un &amp;mandat à cette personne…</translation>
    </message>
    <message>
        <source>Add a &amp;party-status event to this State…</source>
        <translation>Ajouter un événement de &amp;statut de partie à cet État…</translation>
    </message>
    <message>
        <source>&amp;Delete this record…</source>
        <translation>&amp;Supprimer cette fiche…</translation>
    </message>
    <message>
        <source>&amp;Restore this record</source>
        <translation>&amp;Restaurer cette fiche</translation>
    </message>
    <message>
        <source>&amp;Keep on this laptop only</source>
        <translation>&amp;Garder uniquement sur cet ordinateur portable</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Rechercher partout…</translation>
    </message>
    <message>
        <source>&amp;Filter this table</source>
        <translation>&amp;Filtrer ce tableau</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertes</translation>
    </message>
    <message>
        <source>&amp;New travel alert…</source>
        <translation>&amp;Nouvelle alerte de voyage…</translation>
    </message>
    <message>
        <source>Next &amp;step of this alert…</source>
        <translation>Étape &amp;suivante de cette alerte…</translation>
    </message>
    <message>
        <source>Shared with the &amp;Court…</source>
        <translation>Communiquée à la &amp;Cour…</translation>
    </message>
    <message>
        <source>Record the President&apos;s &amp;letter…</source>
        <translation>Consigner la &amp;lettre de la Présidence…</translation>
    </message>
    <message>
        <source>&amp;Draft the letter (Word)…</source>
        <translation>Ré&amp;diger la lettre (Word)…</translation>
    </message>
    <message>
        <source>&amp;Reopen this alert</source>
        <translation>&amp;Rouvrir cette alerte</translation>
    </message>
    <message>
        <source>&amp;Merge with…</source>
        <translation>&amp;Fusionner avec…</translation>
    </message>
    <message>
        <source>Add a &amp;procedure step…</source>
        <translation>Ajouter une étape de &amp;procédure…</translation>
    </message>
    <message>
        <source>Add a dead&amp;line…</source>
        <translation>Ajouter un dé&amp;lai…</translation>
    </message>
    <message>
        <source>New &amp;activity…</source>
        <translation>Nouvelle &amp;activité…</translation>
    </message>
    <message>
        <source>Export the &amp;calendar (.ics)…</source>
        <translation>Exporter le &amp;calendrier (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About ncdesk</source>
        <translation>À &amp;propos de ncdesk</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>ncdesk — non-cooperation (read-only)</source>
        <translation>ncdesk — non-coopération (lecture seule)</translation>
    </message>
    <message>
        <source>That record no longer exists.</source>
        <translation>Cette fiche n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Reading the table…</source>
        <translation>Lecture du tableau…</translation>
    </message>
    <message>
        <source>It did not work</source>
        <translation>Cela n&apos;a pas fonctionné</translation>
    </message>
    <message>
        <source>&lt;b&gt;ncdesk %1&lt;/b&gt;&lt;br&gt;The offline desk of the focal points on non-cooperation of the Assembly of States Parties to the Rome Statute.&lt;br&gt;&lt;br&gt;Data folder: %2&lt;br&gt;Database: %3&lt;br&gt;Reference data: %4</source>
        <translation>&lt;b&gt;ncdesk %1&lt;/b&gt;&lt;br&gt;Le bureau hors ligne des points focaux sur la non-coopération de l&apos;Assemblée des États Parties au Statut de Rome.&lt;br&gt;&lt;br&gt;Dossier de données&#xa0;: %2&lt;br&gt;Base de données&#xa0;: %3&lt;br&gt;Données de référence&#xa0;: %4</translation>
    </message>
    <message>
        <source>About ncdesk</source>
        <translation>À propos de ncdesk</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge with…</source>
        <translation>Fusionner avec…</translation>
    </message>
    <message>
        <source>One record is kept for both: the steps, shares with the Court, letters, destinations, attached files and notes of both. The other is not deleted: its id leads to the one kept.</source>
        <translation>Une seule fiche est conservée pour les deux, avec les étapes, communications à la Cour, lettres, destinations, pièces jointes et notes des deux. L&apos;autre n&apos;est pas supprimée&#xa0;: son identifiant mène à celle conservée.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Merge with:</source>
        <translation>Fusionner avec&#xa0;:</translation>
    </message>
    <message>
        <source>No other record to merge with.</source>
        <translation>Aucune autre fiche avec laquelle fusionner.</translation>
    </message>
    <message>
        <source>No field to choose: they agree where both are set.</source>
        <translation>Aucun champ à choisir&#xa0;: les deux concordent là où ils sont renseignés.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This one&lt;/b&gt;</source>
        <translation>&lt;b&gt;Celle-ci&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The other&lt;/b&gt;</source>
        <translation>&lt;b&gt;L&apos;autre&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Wait until this is finished: %1</source>
        <translation>Attendez que ceci soit terminé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Tapez-la à nouveau</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Afficher ce que je tape</translation>
    </message>
    <message>
        <source>At least %1 characters; a sentence you will remember is best. Without the passphrase the data cannot be recovered: nobody, not even the ncdesk team, can open it.</source>
        <translation>Au moins %1 caractères ; le mieux est une phrase dont vous vous souviendrez. Sans la phrase secrète, les données ne peuvent pas être récupérées&#xa0;: personne, pas même l&apos;équipe de ncdesk, ne peut les ouvrir.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Les deux nouvelles phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Choose a stronger one, or press OK again to use it anyway.</source>
        <translation>Choisissez-en une plus solide, ou appuyez de nouveau sur OK pour l&apos;utiliser quand même.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>May be one with a record here: %1 (received) and %2 (here)</source>
        <translation>Pourrait ne faire qu&apos;une avec une fiche d&apos;ici&#xa0;: %1 (reçue) et %2 (ici)</translation>
    </message>
    <message>
        <source>Receive a package</source>
        <translation>Recevoir un paquet</translation>
    </message>
    <message>
        <source>All mine</source>
        <translation>Toutes les miennes</translation>
    </message>
    <message>
        <source>All theirs</source>
        <translation>Toutes celles de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>The same field was changed here and by the sender. For each, keep yours or take theirs.</source>
        <translation>Le même champ a été modifié ici et par l&apos;expéditeur. Pour chacun, gardez votre valeur ou prenez la sienne.</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflits (%1)</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Ajouts (%1)</translation>
    </message>
    <message>
        <source>Updated (%1)</source>
        <translation>Mises à jour (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Suppressions (%1)</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recevoir</translation>
    </message>
    <message>
        <source>From %1, made %2.</source>
        <translation>De %1, créé le %2.</translation>
    </message>
    <message>
        <source>This package was received before: nothing to do.</source>
        <translation>Ce paquet a déjà été reçu&#xa0;: rien à faire.</translation>
    </message>
    <message>
        <source>Reference release %1 (%2 rows) from the publisher: applied like a bundled one, your edits kept.</source>
        <translation>Version de référence %1 (%2 lignes) de l&apos;éditeur&#xa0;: appliquée comme une version fournie avec ncdesk, vos modifications conservées.</translation>
    </message>
    <message>
        <source>It changes nothing here.</source>
        <translation>Il ne change rien ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n fiche ajoutée</numerusform>
            <numerusform>%n fiches ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) updated</source>
        <translation>
            <numerusform>%n champ mis à jour</numerusform>
            <numerusform>%n champs mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n supprimée</numerusform>
            <numerusform>%n supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n conflit à trancher</numerusform>
            <numerusform>%n conflits à trancher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) still to decide.</source>
        <translation>
            <numerusform>Encore %n conflit à trancher.</numerusform>
            <numerusform>Encore %n conflits à trancher.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>À ajouter</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>À mettre à jour</translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>Déjà consignées</translation>
    </message>
    <message>
        <source>Kept (newer here)</source>
        <translation>Conservées (plus récentes ici)</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>Avec problèmes</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>à ajouter</translation>
    </message>
    <message>
        <source>already recorded</source>
        <translation>déjà consignée</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>problèmes&#xa0;: %n</numerusform>
            <numerusform>problèmes&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifiée</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Choose an answer…</source>
        <translation>Choisir une réponse…</translation>
    </message>
    <message>
        <source>F2, or a letter, to choose; Enter to confirm.</source>
        <translation>F2, ou une lettre, pour choisir ; Entrée pour confirmer.</translation>
    </message>
    <message>
        <source>Any column</source>
        <translation>Toute colonne</translation>
    </message>
    <message>
        <source>Which column is this?</source>
        <translation>Quelle colonne est-ce&#xa0;?</translation>
    </message>
    <message>
        <source>In which order are the dates?</source>
        <translation>Dans quel ordre sont les dates&#xa0;?</translation>
    </message>
    <message>
        <source>%1: which State?</source>
        <translation>%1&#xa0;: quel État&#xa0;?</translation>
    </message>
    <message>
        <source>%1: which person?</source>
        <translation>%1&#xa0;: quelle personne&#xa0;?</translation>
    </message>
    <message>
        <source>%1: which situation?</source>
        <translation>%1&#xa0;: quelle situation&#xa0;?</translation>
    </message>
    <message>
        <source>%1: which case?</source>
        <translation>%1&#xa0;: quelle affaire&#xa0;?</translation>
    </message>
    <message>
        <source>%1: which value?</source>
        <translation>%1&#xa0;: quelle valeur&#xa0;?</translation>
    </message>
    <message>
        <source>answered before, for a file with these columns</source>
        <translation>réponse déjà donnée pour un fichier ayant ces colonnes</translation>
    </message>
    <message numerus="yes">
        <source>(%n cell(s))</source>
        <translation>
            <numerusform>(%n cellule(s))</numerusform>
            <numerusform>(%n cellule(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>Ignorer cette colonne</translation>
    </message>
    <message>
        <source>Day first: %1</source>
        <translation>Jour d&apos;abord&#xa0;: %1</translation>
    </message>
    <message>
        <source>Month first: %1</source>
        <translation>Mois d&apos;abord&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>pas une date</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Records of this kind are not added by hand.</source>
        <translation>Les fiches de ce type ne sont pas ajoutées à la main.</translation>
    </message>
    <message>
        <source>Delete “%1”? It disappears from the tables and the search; Edit ▸ Restore brings it back.</source>
        <translation>Supprimer « %1 » ? La fiche disparaît des tableaux et de la recherche ; Édition ▸ Restaurer la rétablit.</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Supprimer la fiche</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Rétabli&#xa0;: %1</translation>
    </message>
    <message>
        <source>It cannot be undone</source>
        <translation>Impossible d&apos;annuler</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Redoing…</source>
        <translation>Rétablissement…</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>party status event</source>
        <translation>événement de statut de partie</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>New %1…</source>
        <translation>Nouveau&#xa0;: %1…</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>L&apos;ouvrir</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>One per line, e.g. ICC-02/05-01/09-309-ENG</source>
        <translation>Un par ligne, p. ex. ICC-02/05-01/09-309-ENG</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Un par ligne</translation>
    </message>
    <message>
        <source>2025-04-03 / 3 April 2025</source>
        <translation>2025-04-03 / 3 avril 2025</translation>
    </message>
    <message>
        <source>3 April 2025, 3–6 April 2025, mid-October 2025, April 2025…</source>
        <translation>3 avril 2025, 3–6 avril 2025, mi-octobre 2025, avril 2025…</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>To save, complete or correct: %1</source>
        <translation>Pour enregistrer, complétez ou corrigez&#xa0;: %1</translation>
    </message>
    <message>
        <source>Already recorded: open the record, or save this one anyway.</source>
        <translation>Déjà consigné&#xa0;: ouvrez la fiche, ou enregistrez celle-ci quand même.</translation>
    </message>
    <message>
        <source>obliged to arrest and surrender</source>
        <translation>tenu d&apos;arrêter et de remettre</translation>
    </message>
    <message>
        <source>not obliged</source>
        <translation>non tenu</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier finding(s) against it</source>
        <translation>
            <numerusform>constatations antérieures le visant&#xa0;: %n</numerusform>
            <numerusform>constatations antérieures le visant&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Already recorded: %1</source>
        <translation>Déjà consigné&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(et %n autre(s))</numerusform>
            <numerusform>(et %n autre(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>Not saved: %1 What you typed is still here.</source>
        <translation>Non enregistré&#xa0;: %1 Ce que vous avez tapé est toujours là.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Type to search, or press Down for a list</source>
        <translation>Tapez pour chercher, ou appuyez sur Bas pour une liste</translation>
    </message>
    <message>
        <source>Type part of a name to find it; Down and Up move in the list, Enter chooses, Escape closes the list. With nothing typed, Down lists the current and the recent ones.</source>
        <translation>Tapez une partie d&apos;un nom pour le trouver&#xa0;; Bas et Haut se déplacent dans la liste, Entrée choisit, Échap ferme la liste. Sans rien taper, Bas liste l&apos;élément actuel et les récents.</translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>Afficher la liste</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Filter (Ctrl+F): words in any field, accents and case ignored</source>
        <translation>Filtrer (Ctrl+F)&#xa0;: des mots de n&apos;importe quel champ, sans tenir compte des accents ni de la casse</translation>
    </message>
</context>
<context>
    <name>RefListWidget</name>
    <message>
        <source>Type a name, then Enter</source>
        <translation>Tapez un nom, puis Entrée</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Choisi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Choisis</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. What is in ncdesk now is backed up first, so a restore can itself be undone by restoring that copy.</source>
        <translation>Choisissez la sauvegarde à laquelle revenir. Le contenu actuel de ncdesk est d&apos;abord sauvegardé&#xa0;: une restauration peut donc elle-même être annulée en restaurant cette copie.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation>Vérification des sauvegardes…</translation>
    </message>
    <message numerus="yes">
        <source>sound, %n record(s)</source>
        <translation>
            <numerusform>intacte, fiches&#xa0;: %n</numerusform>
            <numerusform>intacte, fiches&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT USABLE: </source>
        <translation>INUTILISABLE&#xa0;: </translation>
    </message>
    <message>
        <source>There are no backups yet. File ▸ Back up now makes one.</source>
        <translation>Il n&apos;y a pas encore de sauvegarde. Fichier ▸ Sauvegarder maintenant en fait une.</translation>
    </message>
    <message>
        <source>Go back to the copy moved aside as damaged on %1? It passed its check. Everything in ncdesk now will be replaced; the present database is backed up first, and the copy stays where it is.</source>
        <translation>Revenir à la copie mise de côté comme endommagée le %1&#xa0;? Elle a passé sa vérification. Tout ce qui se trouve maintenant dans ncdesk sera remplacé&#xa0;; la base de données actuelle est d&apos;abord sauvegardée, et la copie reste où elle est.</translation>
    </message>
    <message>
        <source>Go back to the backup of %1? Everything recorded since then will be replaced; the present database is backed up first.</source>
        <translation>Revenir à la sauvegarde du %1 ? Tout ce qui a été consigné depuis sera remplacé ; la base de données actuelle est d&apos;abord sauvegardée.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration…</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>La sauvegarde n&apos;a pas été restaurée</translation>
    </message>
    <message>
        <source>Restored the backup of %1. The database as it was is kept in %2.</source>
        <translation>Sauvegarde du %1 restaurée. La base de données telle qu&apos;elle était est conservée dans %2.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation>Rechercher partout</translation>
    </message>
    <message>
        <source>A name, a State, a document number… (accents and case ignored)</source>
        <translation>Un nom, un État, un numéro de document… (sans tenir compte des accents ni de la casse)</translation>
    </message>
    <message>
        <source>Type to search every kind of record. Enter opens the selected result.</source>
        <translation>Tapez pour rechercher dans tous les types de fiches. Entrée ouvre le résultat sélectionné.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Rien ne correspond à « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>Résultats&#xa0;: %n</numerusform>
            <numerusform>Résultats&#xa0;: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityActions</name>
    <message>
        <source>The records are shown again when it is done. Do not switch the computer off.</source>
        <translation>Les fiches s&apos;afficheront de nouveau une fois l&apos;opération terminée. N&apos;éteignez pas l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Encrypt this database</source>
        <translation>Chiffrer cette base de données</translation>
    </message>
    <message>
        <source>Choose a passphrase. The database, its backups and the files attached to records will be encrypted with it, and ncdesk will ask for it at every start and after the idle lock.</source>
        <translation>Choisissez une phrase secrète. La base de données, ses sauvegardes et les fichiers joints aux fiches seront chiffrés avec elle, et ncdesk la demandera à chaque démarrage et après le verrouillage pour inactivité.</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Chiffrer</translation>
    </message>
    <message>
        <source>Remove the copies that stay readable?</source>
        <translation>Supprimer les copies qui restent lisibles&#xa0;?</translation>
    </message>
    <message>
        <source>These copies in the data folder are too damaged to be encrypted: anyone who has this computer&apos;s files could read what is left in them. They may hold records that no backup has; once removed, they are gone.

Remove them?</source>
        <translation>Ces copies du dossier de données sont trop endommagées pour être chiffrées&#xa0;: quiconque dispose des fichiers de cet ordinateur pourrait lire ce qu&apos;il en reste. Elles peuvent contenir des fiches qu&apos;aucune sauvegarde ne contient&#xa0;; une fois supprimées, elles sont perdues.

Les supprimer&#xa0;?</translation>
    </message>
    <message>
        <source>The database is encrypted.</source>
        <translation>La base de données est chiffrée.</translation>
    </message>
    <message>
        <source>Delete these files yourself once you no longer need them, or run ncdesk encrypt --remove-unreadable.</source>
        <translation>Supprimez vous-même ces fichiers dès que vous n&apos;en avez plus besoin, ou lancez ncdesk encrypt --remove-unreadable.</translation>
    </message>
    <message>
        <source>Keep the passphrase safe: without it the data cannot be recovered.</source>
        <translation>Conservez la phrase secrète en lieu sûr&#xa0;: sans elle, les données ne peuvent pas être récupérées.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Type the current passphrase, then the new one twice. The backups are re-encrypted too.</source>
        <translation>Tapez la phrase secrète actuelle, puis la nouvelle deux fois. Les sauvegardes sont aussi rechiffrées.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changer</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>La phrase secrète a été changée.</translation>
    </message>
    <message>
        <source>Remove the encryption</source>
        <translation>Retirer le chiffrement</translation>
    </message>
    <message>
        <source>The database, its backups and attached files will be written in clear: anyone who gets this computer&apos;s files could read them. Remove the encryption?</source>
        <translation>La base de données, ses sauvegardes et les fichiers joints seront écrits en clair&#xa0;: quiconque obtient les fichiers de cet ordinateur pourrait les lire. Retirer le chiffrement ?</translation>
    </message>
    <message>
        <source>Type the passphrase to confirm.</source>
        <translation>Tapez la phrase secrète pour confirmer.</translation>
    </message>
    <message>
        <source>Remove encryption</source>
        <translation>Retirer le chiffrement</translation>
    </message>
    <message>
        <source>The database is no longer encrypted.</source>
        <translation>La base de données n&apos;est plus chiffrée.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>ncdesk — locked</source>
        <translation>ncdesk — verrouillé</translation>
    </message>
</context>
<context>
    <name>SecurityBox</name>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Encrypt this database…</source>
        <translation>Chiffrer cette base de données…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Changer la phrase secrète…</translation>
    </message>
    <message>
        <source>Remove encryption…</source>
        <translation>Retirer le chiffrement…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Lock when idle after</source>
        <translation>Verrouiller après une inactivité de</translation>
    </message>
    <message>
        <source>This database, its backups and attached files are encrypted. ncdesk locks itself when idle and asks for the passphrase again.</source>
        <translation>Cette base de données, ses sauvegardes et les fichiers joints sont chiffrés. ncdesk se verrouille en cas d&apos;inactivité et redemande la phrase secrète.</translation>
    </message>
    <message>
        <source>This database is not encrypted: anyone who gets this computer&apos;s files can read it. Encrypt it on a laptop you travel with.</source>
        <translation>Cette base de données n&apos;est pas chiffrée&#xa0;: quiconque obtient les fichiers de cet ordinateur peut la lire. Chiffrez-la sur un ordinateur portable qui voyage avec vous.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>Celle du système (%1)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Classification marking of exports</source>
        <translation>Marque de classification des exportations</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation>%1 (non vérifié)</translation>
    </message>
    <message>
        <source>Instead: a passphrase for a one-off handover</source>
        <translation>À la place&#xa0;: une phrase secrète pour une passation ponctuelle</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Tapez-la de nouveau</translation>
    </message>
    <message>
        <source>What changed since the last package to them</source>
        <translation>Ce qui a changé depuis le dernier paquet qui leur a été envoyé</translation>
    </message>
    <message>
        <source>Everything (a handover)</source>
        <translation>Tout (une passation)</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected record(s)</source>
        <translation>
            <numerusform>La fiche sélectionnée (%n)</numerusform>
            <numerusform>Les %n fiches sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as a file (for e-mail or a USB stick)…</source>
        <translation>Enregistrer dans un fichier (pour un courriel ou une clé USB)…</translation>
    </message>
    <message>
        <source>Into the exchange folder (%1)</source>
        <translation>Dans le dossier d&apos;échange (%1)</translation>
    </message>
    <message>
        <source>Into the exchange folder (none chosen: File ▸ Exchange folder…)</source>
        <translation>Dans le dossier d&apos;échange (aucun choisi&#xa0;: Fichier ▸ Dossier d&apos;échange…)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Choose a stronger one, or press Share again to use it anyway.</source>
        <translation>Choisissez-en une plus robuste, ou appuyez de nouveau sur Partager pour l&apos;utiliser quand même.</translation>
    </message>
    <message>
        <source>Tick at least one contact, or choose a passphrase for a handover.</source>
        <translation>Cochez au moins un contact, ou choisissez une phrase secrète pour une passation.</translation>
    </message>
</context>
<context>
    <name>SituationsView</name>
    <message>
        <source>Situations, their cases, and the persons in each case</source>
        <translation>Les situations, leurs affaires et les personnes visées dans chaque affaire</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Next step of the travel alert</source>
        <translation>Étape suivante de l&apos;alerte de voyage</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Outcome (when closing)</source>
        <translation>Issue (à la clôture)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The alert is closed: there is no next step.</source>
        <translation>L&apos;alerte est clôturée&#xa0;: il n&apos;y a pas d&apos;étape suivante.</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>This laptop</source>
        <translation>Cet ordinateur portable</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Copy my card</source>
        <translation>Copier ma carte</translation>
    </message>
    <message>
        <source>For an e-mail: the card, as text, on the clipboard</source>
        <translation>Pour un courriel&#xa0;: la carte, en texte, dans le presse-papiers</translation>
    </message>
    <message>
        <source>Export my card…</source>
        <translation>Exporter ma carte…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Ajouter un contact…</translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation>Marquer comme vérifié</translation>
    </message>
    <message>
        <source>Publisher of reference releases</source>
        <translation>Éditeur des versions de référence</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Partager…</translation>
    </message>
    <message>
        <source>Packages in the exchange folder</source>
        <translation>Paquets dans le dossier d&apos;échange</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Trancher…</translation>
    </message>
    <message>
        <source>Pick up now</source>
        <translation>Relever maintenant</translation>
    </message>
    <message>
        <source>No identity yet: it is made when you first share, receive or copy your card.</source>
        <translation>Pas encore d&apos;identité&#xa0;: elle est créée la première fois que vous partagez, recevez ou copiez votre carte.</translation>
    </message>
    <message numerus="yes">
        <source>%1: from %2, %n conflict(s)</source>
        <translation>
            <numerusform>%1&#xa0;: de %2, %n conflit</numerusform>
            <numerusform>%1&#xa0;: de %2, %n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) wait for your decision.</source>
        <translation>
            <numerusform>%n paquet attend votre décision.</numerusform>
            <numerusform>%n paquets attendent votre décision.</numerusform>
        </translation>
    </message>
    <message>
        <source>No exchange folder: File ▸ Exchange folder… chooses one that your sync tool copies.</source>
        <translation>Pas de dossier d&apos;échange&#xa0;: Fichier ▸ Dossier d&apos;échange… permet d&apos;en choisir un que votre outil de synchronisation copie.</translation>
    </message>
    <message>
        <source>Nothing waits. Exchange folder: %1</source>
        <translation>Rien en attente. Dossier d&apos;échange&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export my card</source>
        <translation>Exporter ma carte</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
    <message>
        <source>The card was not saved</source>
        <translation>La carte n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>Rename this laptop</source>
        <translation>Renommer cet ordinateur portable</translation>
    </message>
    <message>
        <source>The name your contacts see on your packages and your card:</source>
        <translation>Le nom que vos contacts voient sur vos paquets et sur votre carte&#xa0;:</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>Pas renommé</translation>
    </message>
    <message>
        <source>Did you compare the fingerprint of %1 with them (by phone or in person)?

%2</source>
        <translation>Avez-vous comparé l&apos;empreinte de %1 avec votre interlocuteur (par téléphone ou en personne)&#xa0;?

%2</translation>
    </message>
    <message>
        <source>Remove %1 from the contacts? Their packages will be refused and nothing more is shared with them, until their card is added again.</source>
        <translation>Retirer %1 des contacts&#xa0;? Ses paquets seront refusés et plus rien ne sera partagé avec ce contact, jusqu&apos;à ce que sa carte soit de nouveau ajoutée.</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Retirer le contact</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>ncdesk cannot open its database</source>
        <translation>ncdesk ne peut pas ouvrir sa base de données</translation>
    </message>
    <message>
        <source>ncdesk may not write to the data folder %1. Choose another with --data-dir, or ask for access.</source>
        <translation>ncdesk n&apos;a pas le droit d&apos;écrire dans le dossier de données %1. Choisissez-en un autre avec --data-dir, ou demandez l&apos;accès.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Dossier de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>⚠ Data folder at risk: %1</source>
        <translation>⚠ Dossier de données en danger&#xa0;: %1</translation>
    </message>
    <message>
        <source>The data folder is at risk</source>
        <translation>Le dossier de données est en danger</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <source>Repair it now? The damaged characters become �; everything else is kept as it is.</source>
        <translation>La réparer maintenant&#xa0;? Les caractères endommagés deviennent �&#xa0;; tout le reste est conservé tel quel.</translation>
    </message>
    <message>
        <source>Unlock ncdesk</source>
        <translation>Déverrouiller ncdesk</translation>
    </message>
    <message>
        <source>The database in %1 is encrypted. Type its passphrase.</source>
        <translation>La base de données de %1 est chiffrée. Tapez sa phrase secrète.</translation>
    </message>
    <message>
        <source>The data folder %1 is encrypted: the new database will be too. Type its passphrase.</source>
        <translation>Le dossier de données %1 est chiffré&#xa0;: la nouvelle base de données le sera aussi. Tapez sa phrase secrète.</translation>
    </message>
    <message>
        <source>Protect this data with a passphrase?</source>
        <translation>Protéger ces données par une phrase secrète ?</translation>
    </message>
    <message>
        <source>ncdesk can encrypt its database, backups and attached files, so that a lost or stolen laptop gives nothing away. You will type the passphrase when ncdesk starts and after it locks itself when idle. You can also do this later in Settings.

Encrypt now?</source>
        <translation>ncdesk peut chiffrer sa base de données, ses sauvegardes et les fichiers joints, afin qu&apos;un ordinateur portable perdu ou volé ne livre rien. Vous taperez la phrase secrète au démarrage de ncdesk et après qu&apos;il s&apos;est verrouillé pour inactivité. Vous pouvez aussi le faire plus tard dans les Paramètres.

Chiffrer maintenant ?</translation>
    </message>
</context>
<context>
    <name>briefing</name>
    <message>
        <source>Briefing note</source>
        <translation>Note d&apos;information</translation>
    </message>
    <message>
        <source>Generated on</source>
        <translation>Établie le</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>of</source>
        <translation>sur</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Meeting pack</source>
        <translation>Dossier de réunion</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Aucun élément consigné.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>ICC document</source>
        <translation>Document de la CPI</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Renvoyée à</translation>
    </message>
    <message>
        <source>Security Council</source>
        <translation>Conseil de sécurité</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Warrant or summons</source>
        <translation>Mandat d&apos;arrêt ou citation à comparaître</translation>
    </message>
    <message>
        <source>Standing today</source>
        <translation>Statut aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>Groupe régional</translation>
    </message>
    <message>
        <source>Article 12(3) declaration</source>
        <translation>Déclaration au titre de l&apos;article 12-3</translation>
    </message>
    <message>
        <source>Bound by the Security Council</source>
        <translation>Lié par le Conseil de sécurité</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet de la visite</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>United Nations Treaty Collection, Chapter XVIII.10, Rome Statute of the International Criminal Court (status)</source>
        <translation>Collection des traités des Nations Unies, chapitre XVIII.10, Statut de Rome de la Cour pénale internationale (état)</translation>
    </message>
    <message>
        <source>Assembly procedures relating to non-cooperation, ICC-ASP/17/Res.5, annex II</source>
        <translation>Procédures de l&apos;Assemblée relatives à la non-coopération, ICC-ASP/17/Res.5, annexe II</translation>
    </message>
    <message>
        <source>Toolkit for the implementation of the informal dimension of the Assembly procedures, ICC-ASP/17/31, annex III</source>
        <translation>Boîte à outils pour la mise en œuvre de la dimension informelle des procédures de l&apos;Assemblée, ICC-ASP/17/31, annexe III</translation>
    </message>
    <message>
        <source>ICC-ASP/23/Res.1, annex I, para. 3(m): travel information to be shared promptly with the Court</source>
        <translation>ICC-ASP/23/Res.1, annexe I, par. 3-m)&#xa0;: les informations sur les déplacements doivent être communiquées sans tarder à la Cour</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Ratification</source>
        <translation>Ratification</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptation</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Succession</source>
        <translation>Succession</translation>
    </message>
    <message>
        <source>Entry into force</source>
        <translation>Entrée en vigueur</translation>
    </message>
    <message>
        <source>Withdrawal notified</source>
        <translation>Retrait notifié</translation>
    </message>
    <message>
        <source>Withdrawal effective</source>
        <translation>Retrait effectif</translation>
    </message>
    <message>
        <source>Withdrawal rescinded</source>
        <translation>Retrait révoqué</translation>
    </message>
    <message>
        <source>Instrument withdrawn</source>
        <translation>Instrument retiré</translation>
    </message>
    <message>
        <source>Announced, not notified to the depositary</source>
        <translation>Annoncé, non notifié au dépositaire</translation>
    </message>
    <message>
        <source>Domestic act, not notified to the depositary</source>
        <translation>Acte interne, non notifié au dépositaire</translation>
    </message>
    <message>
        <source>Information, not a party event</source>
        <translation>Information, et non événement relatif à la qualité de partie</translation>
    </message>
    <message>
        <source> (read on %1)</source>
        <translation> (consulté le %1)</translation>
    </message>
    <message>
        <source>Record entered in ncdesk on %1</source>
        <translation>Donnée saisie dans ncdesk le %1</translation>
    </message>
    <message>
        <source>no regional group</source>
        <translation>aucun groupe régional</translation>
    </message>
    <message>
        <source>%1 (unverified)</source>
        <translation>%1 (à vérifier)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>lodged %1</source>
        <translation>déposée le %1</translation>
    </message>
    <message>
        <source>lodged %1 (not accepted)</source>
        <translation>déposée le %1 (non acceptée)</translation>
    </message>
    <message>
        <source>urged to cooperate</source>
        <translation>instamment invité à coopérer</translation>
    </message>
    <message>
        <source>obliged</source>
        <translation>tenu</translation>
    </message>
    <message>
        <source>not obliged</source>
        <translation>non tenu</translation>
    </message>
    <message>
        <source>Whether %1 must arrest and surrender, on %2, each person for whom an arrest warrant is outstanding:</source>
        <translation>Obligation de l&apos;État (%1) d&apos;arrêter et de remettre, au %2, chaque personne visée par un mandat d&apos;arrêt non exécuté&#xa0;:</translation>
    </message>
    <message>
        <source>, appointed %1</source>
        <translation>, nommé le %1</translation>
    </message>
    <message>
        <source>open: %1</source>
        <translation>en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>The last %1 of %2 dated events.</source>
        <translation>Les %1 derniers des %2 événements datés.</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>Également connu sous le nom de&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: to the %2 (%3)</source>
        <translation>%1&#xa0;: au %2 (%3)</translation>
    </message>
    <message>
        <source>No case: the situation only.</source>
        <translation>Aucune affaire&#xa0;: la situation seulement.</translation>
    </message>
    <message>
        <source>Referred by the United Nations Security Council</source>
        <translation>Déférée par le Conseil de sécurité de l&apos;Organisation des Nations Unies</translation>
    </message>
    <message>
        <source>Referred by a State Party</source>
        <translation>Déférée par un État Partie</translation>
    </message>
    <message>
        <source>Opened by the Prosecutor, proprio motu</source>
        <translation>Ouverte par le Procureur, de sa propre initiative (proprio motu)</translation>
    </message>
    <message>
        <source>resolution %1</source>
        <translation>(résolution %1)</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>Investigation opened on %1.</source>
        <translation>Enquête ouverte le %1.</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 depuis le %2</translation>
    </message>
    <message>
        <source>All other States not party are urged to cooperate fully (%1).</source>
        <translation>Tous les autres États non parties sont instamment invités à coopérer pleinement (%1).</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistrée</translation>
    </message>
    <message>
        <source>%1: OBLIGED to arrest and surrender</source>
        <translation>%1&#xa0;: TENU d&apos;arrêter et de remettre</translation>
    </message>
    <message>
        <source>%1: NOT OBLIGED to arrest and surrender</source>
        <translation>%1&#xa0;: NON TENU d&apos;arrêter et de remettre</translation>
    </message>
    <message>
        <source>On the last day of the visit:</source>
        <translation>Le dernier jour de la visite&#xa0;:</translation>
    </message>
    <message>
        <source>Earlier findings against %1:</source>
        <translation>Constatations antérieures visant cet État (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>No earlier finding against %1 is recorded.</source>
        <translation>Aucune constatation antérieure visant cet État (%1) n&apos;est enregistrée.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>%1: letter of the President to the %2</source>
        <translation>%1&#xa0;: lettre de la Présidence au %2</translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation>, par %1</translation>
    </message>
    <message>
        <source>, to %1</source>
        <translation>, à %1</translation>
    </message>
    <message>
        <source>Not yet shared with the Court. The Assembly asks that information on potential or confirmed travel be shared with the Court promptly by the focal points.</source>
        <translation>Pas encore communiquée à la Cour. L&apos;Assemblée demande que les informations sur les déplacements potentiels ou confirmés soient communiquées sans tarder à la Cour par les points focaux.</translation>
    </message>
    <message>
        <source>The Court may find under article 87(7) that the State failed to comply and refer the matter; follow its proceedings and record any finding.</source>
        <translation>La Cour peut constater, en vertu du paragraphe 7 de l&apos;article 87, que l&apos;État n&apos;a pas respecté son obligation et en référer ; suivre la procédure et enregistrer toute constatation.</translation>
    </message>
    <message>
        <source>If the matter is referred to the Assembly: Bureau meeting at which the State may present its views (paragraph 14(c)), open letter, plenary debate.</source>
        <translation>Si la question est renvoyée à l&apos;Assemblée&#xa0;: réunion du Bureau au cours de laquelle l&apos;État peut présenter ses vues (alinéa c) du paragraphe 14), lettre ouverte, débat en plénière.</translation>
    </message>
    <message>
        <source>Report the matter and the steps taken in the Bureau&apos;s annual report on non-cooperation.</source>
        <translation>Rendre compte de la question et des mesures prises dans le rapport annuel du Bureau sur la non-coopération.</translation>
    </message>
    <message>
        <source>Verify the information: official programme, the State&apos;s mission, public sources; inform the other focal points and the President.</source>
        <translation>Vérifier l&apos;information&#xa0;: programme officiel, mission de l&apos;État, sources publiques ; informer les autres points focaux et la Présidence.</translation>
    </message>
    <message>
        <source>Share the information with the Court promptly.</source>
        <translation>Communiquer sans tarder l&apos;information à la Cour.</translation>
    </message>
    <message>
        <source>Activate the focal points, including the good offices of the President of the Assembly.</source>
        <translation>Mobiliser les points focaux, y compris les bons offices de la Présidence de l&apos;Assemblée.</translation>
    </message>
    <message>
        <source>Letter of the President to the Minister of Foreign Affairs of %1, recalling its obligations (articles 86 and 89(1) for a State Party); publish it once the visit begins.</source>
        <translation>Lettre de la Présidence au Ministre des affaires étrangères (%1) rappelant les obligations de l&apos;État (article 86 et paragraphe 1 de l&apos;article 89 pour un État Partie) ; la publier dès le début de la visite.</translation>
    </message>
    <message>
        <source>Contact the destination&apos;s mission through the focal point of its regional group; remind States Parties of the toolkit.</source>
        <translation>Prendre contact avec la mission de l&apos;État de destination par l&apos;intermédiaire du point focal de son groupe régional ; rappeler la boîte à outils aux États Parties.</translation>
    </message>
    <message>
        <source>After the visit, record the outcome (cancelled, arrested, or took place without arrest).</source>
        <translation>Après la visite, enregistrer son issue (annulée, arrestation, ou visite sans arrestation).</translation>
    </message>
    <message>
        <source>Focal points on non-cooperation</source>
        <translation>Points focaux sur la non-coopération</translation>
    </message>
    <message>
        <source>Status under the Rome Statute</source>
        <translation>Statut au regard du Statut de Rome</translation>
    </message>
    <message>
        <source>Party status</source>
        <translation>Statut de partie</translation>
    </message>
    <message>
        <source>Obligation to cooperate today</source>
        <translation>Obligation de coopérer aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Focal point on non-cooperation</source>
        <translation>Point focal sur la non-coopération</translation>
    </message>
    <message>
        <source>Findings and communications of the Court</source>
        <translation>Constatations et communications de la Cour</translation>
    </message>
    <message>
        <source>Letters of the President of the Assembly</source>
        <translation>Lettres de la Présidence de l&apos;Assemblée</translation>
    </message>
    <message>
        <source>Travel of persons subject to warrants</source>
        <translation>Déplacements des personnes visées par un mandat</translation>
    </message>
    <message>
        <source>Recent activities</source>
        <translation>Activités récentes</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Warrants and summonses</source>
        <translation>Mandats d&apos;arrêt et citations à comparaître</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Known travels</source>
        <translation>Déplacements connus</translation>
    </message>
    <message>
        <source>States bound by the Security Council&apos;s decision</source>
        <translation>États liés par la décision du Conseil de sécurité</translation>
    </message>
    <message>
        <source>How the situation reached the Court</source>
        <translation>Comment la situation a été déférée à la Cour</translation>
    </message>
    <message>
        <source>What is known</source>
        <translation>Ce que l&apos;on sait</translation>
    </message>
    <message>
        <source>The destination&apos;s obligation</source>
        <translation>L&apos;obligation de l&apos;État de destination</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <source>What the Assembly procedures and the toolkit suggest next</source>
        <translation>Ce que les procédures de l&apos;Assemblée et la boîte à outils suggèrent ensuite</translation>
    </message>
    <message>
        <source>Information to the Court</source>
        <translation>Information de la Cour</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Diffusion restreinte</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>ncdesk: visits and deadlines</source>
        <translation>ncdesk&#xa0;: visites et délais</translation>
    </message>
    <message>
        <source>Dates as reported: %1</source>
        <translation>Dates signalées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: obliged to arrest and surrender</source>
        <translation>%1&#xa0;: tenu d&apos;arrêter et de remettre</translation>
    </message>
    <message>
        <source>%1: not obliged to arrest and surrender</source>
        <translation>%1&#xa0;: non tenu d&apos;arrêter et de remettre</translation>
    </message>
    <message>
        <source>Visit: %1 to %2</source>
        <translation>Visite de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Visit: %1</source>
        <translation>Visite de %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Délai&#xa0;: %1</translation>
    </message>
    <message>
        <source>Done on %1.</source>
        <translation>Accompli le %1.</translation>
    </message>
    <message>
        <source>Overdue.</source>
        <translation>Délai dépassé.</translation>
    </message>
</context>
<context>
    <name>changes</name>
    <message>
        <source>Add %1</source>
        <translation>Ajout&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Suppression&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Restauration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add %1 × %2</source>
        <translation>Ajout&#xa0;: %1 × %2</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annulation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rétablissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alerte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reference data %1</source>
        <translation>Données de référence %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Repair: %1 problem(s)</source>
        <translation>Réparation&#xa0;: %1 problème(s)</translation>
    </message>
    <message>
        <source>Reopen travel alert</source>
        <translation>Réouverture de l&apos;alerte de voyage</translation>
    </message>
    <message>
        <source>Alert shared with the Court</source>
        <translation>Alerte communiquée à la Cour</translation>
    </message>
    <message>
        <source>Record the President&apos;s letter</source>
        <translation>Enregistrement de la lettre du Président</translation>
    </message>
    <message>
        <source>Received from %1, package %2</source>
        <translation>Réception de %1, paquet %2</translation>
    </message>
    <message>
        <source>Exported %1 as %2 to %3</source>
        <translation>Export&#xa0;: %1 en %2 vers %3</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Export&#xa0;: %1 vers %2</translation>
    </message>
    <message>
        <source>briefing note on %1</source>
        <translation>note d&apos;information sur %1</translation>
    </message>
    <message>
        <source>meeting pack of %1 notes (%2)</source>
        <translation>dossier de réunion de %1 notes (%2)</translation>
    </message>
    <message>
        <source>draft report of the Bureau, %1 to %2</source>
        <translation>projet de rapport du Bureau, du %1 au %2</translation>
    </message>
    <message>
        <source>letter draft for %1</source>
        <translation>projet de lettre pour %1</translation>
    </message>
    <message>
        <source>calendar of visits and deadlines</source>
        <translation>calendrier des visites et des échéances</translation>
    </message>
    <message>
        <source>every record</source>
        <translation>toutes les fiches</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>pièce jointe %1</translation>
    </message>
    <message>
        <source>table of %1</source>
        <translation>tableau des %1</translation>
    </message>
    <message>
        <source>tables of %1</source>
        <translation>tableaux des %1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>OBLIGED to arrest and surrender</source>
        <translation>TENU d&apos;arrêter et de remettre</translation>
    </message>
    <message>
        <source>NOT OBLIGED to arrest and surrender</source>
        <translation>NON TENU d&apos;arrêter et de remettre</translation>
    </message>
    <message>
        <source>Logged %1</source>
        <translation>Alerte consignée %1</translation>
    </message>
    <message>
        <source>Alert %1</source>
        <translation>Alerte %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: OBLIGED to arrest and surrender</source>
        <translation>%1&#xa0;: TENU d&apos;arrêter et de remettre</translation>
    </message>
    <message>
        <source>%1: NOT OBLIGED to arrest and surrender</source>
        <translation>%1&#xa0;: NON TENU d&apos;arrêter et de remettre</translation>
    </message>
    <message>
        <source> On the last day: %1</source>
        <translation> Le dernier jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>earlier finding %1: %2</source>
        <translation>constatation antérieure du %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>étape du %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>shared with the Court %1 by %2</source>
        <translation>communiquée à la Cour le %1 par %2</translation>
    </message>
    <message>
        <source>letter %1 to %2</source>
        <translation>lettre du %1 à %2</translation>
    </message>
</context>
<context>
    <name>guard</name>
    <message>
        <source>More than %1 rows are selected: export the table (File ▸ Export) instead.</source>
        <translation>Plus de %1 lignes sont sélectionnées&#xa0;: exportez plutôt le tableau (Fichier ▸ Exporter).</translation>
    </message>
    <message>
        <source>Nothing is selected to copy.</source>
        <translation>Rien n&apos;est sélectionné à copier.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>ICC number</source>
        <translation>Numéro CPI</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Formal name</source>
        <translation>Nom officiel</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>Code ISO</translation>
    </message>
    <message>
        <source>ISO code (2 letters)</source>
        <translation>Code ISO (2 lettres)</translation>
    </message>
    <message>
        <source>ISO numeric code</source>
        <translation>Code numérique ISO</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Aussi appelé</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>Groupe régional</translation>
    </message>
    <message>
        <source>Member of the United Nations</source>
        <translation>Membre de l&apos;Organisation des Nations Unies</translation>
    </message>
    <message>
        <source>How it reached the Court</source>
        <translation>Mode de saisine de la Cour</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Déférée le</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Déférée par</translation>
    </message>
    <message>
        <source>Security Council resolution</source>
        <translation>Résolution du Conseil de sécurité</translation>
    </message>
    <message>
        <source>Resolution adopted on</source>
        <translation>Résolution adoptée le</translation>
    </message>
    <message>
        <source>Investigation opened on</source>
        <translation>Enquête ouverte le</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <source>ICC document</source>
        <translation>Document de la CPI</translation>
    </message>
    <message>
        <source>Issued under seal</source>
        <translation>Délivré sous scellés</translation>
    </message>
    <message>
        <source>Unsealed on</source>
        <translation>Descellé le</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Statut depuis le</translation>
    </message>
    <message>
        <source>Status as of</source>
        <translation>Statut à la date du</translation>
    </message>
    <message>
        <source>About the status</source>
        <translation>À propos du statut</translation>
    </message>
    <message>
        <source>Crimes</source>
        <translation>Crimes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>ICC document numbers</source>
        <translation>Numéros des documents de la CPI</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>Chambre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Renvoyée à</translation>
    </message>
    <message>
        <source>Transmitted to the Assembly on</source>
        <translation>Transmise à l&apos;Assemblée le</translation>
    </message>
    <message>
        <source>Security Council document</source>
        <translation>Document du Conseil de sécurité</translation>
    </message>
    <message>
        <source>Security Council document dated</source>
        <translation>Document du Conseil de sécurité daté du</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Precision of the dates</source>
        <translation>Précision des dates</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet de la visite</translation>
    </message>
    <message>
        <source>Source of the information</source>
        <translation>Source de l&apos;information</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Sender&apos;s office</source>
        <translation>Fonction de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Travel alert</source>
        <translation>Alerte de voyage</translation>
    </message>
    <message>
        <source>Articles recalled</source>
        <translation>Articles rappelés</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <source>Published through</source>
        <translation>Publiée par</translation>
    </message>
    <message>
        <source>Reply received on</source>
        <translation>Réponse reçue le</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Appointed on</source>
        <translation>Nommé le</translation>
    </message>
    <message>
        <source>Appointed by</source>
        <translation>Nommé par</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Fin le</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Lodged on</source>
        <translation>Déposée le</translation>
    </message>
    <message>
        <source>Covers from</source>
        <translation>Couvre à partir du</translation>
    </message>
    <message>
        <source>Covers until</source>
        <translation>Couvre jusqu&apos;au</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Warrant status</source>
        <translation>Statut du mandat</translation>
    </message>
    <message>
        <source>First warrant</source>
        <translation>Premier mandat</translation>
    </message>
    <message>
        <source>In force since</source>
        <translation>En vigueur depuis le</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatations</translation>
    </message>
    <message>
        <source>On interim release</source>
        <translation>En liberté provisoire</translation>
    </message>
    <message>
        <source>Convicted</source>
        <translation>Déclaré coupable</translation>
    </message>
    <message>
        <source>Acquitted</source>
        <translation>Acquitté</translation>
    </message>
    <message>
        <source>Charges withdrawn</source>
        <translation>Charges retirées</translation>
    </message>
    <message>
        <source>Charges vacated</source>
        <translation>Charges annulées</translation>
    </message>
    <message>
        <source>Charges not confirmed</source>
        <translation>Charges non confirmées</translation>
    </message>
    <message>
        <source>Proceedings terminated</source>
        <translation>Procédure close</translation>
    </message>
    <message>
        <source>Warrant withdrawn</source>
        <translation>Mandat retiré</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Libéré</translation>
    </message>
    <message>
        <source>Announced its withdrawal (not notified to the depositary)</source>
        <translation>A annoncé son retrait (non notifié au dépositaire)</translation>
    </message>
    <message>
        <source>Domestic act on the Statute (not notified to the depositary)</source>
        <translation>Acte interne relatif au Statut (non notifié au dépositaire)</translation>
    </message>
    <message>
        <source>Information on its status (not a party event)</source>
        <translation>Information sur son statut (et non événement relatif à la qualité de partie)</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>Shared with the Court</source>
        <translation>Communiquée à la Cour</translation>
    </message>
    <message>
        <source>States</source>
        <translation>États</translation>
    </message>
    <message>
        <source>States heard</source>
        <translation>États entendus</translation>
    </message>
    <message>
        <source>States concerned</source>
        <translation>États concernés</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <source>Shared on</source>
        <translation>Communiquée le</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Communiquée par</translation>
    </message>
    <message>
        <source>Received at the Court by</source>
        <translation>Reçue à la Cour par</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Au sujet de</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>Situations</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constatation</translation>
    </message>
    <message>
        <source>Findings and communications</source>
        <translation>Constatations et communications</translation>
    </message>
    <message>
        <source>Travel alerts</source>
        <translation>Alertes de voyage</translation>
    </message>
    <message>
        <source>Alert destination</source>
        <translation>Destination de l&apos;alerte</translation>
    </message>
    <message>
        <source>Alert destinations</source>
        <translation>Destinations de l&apos;alerte</translation>
    </message>
    <message>
        <source>Alert step</source>
        <translation>Étape de l&apos;alerte</translation>
    </message>
    <message>
        <source>Alert steps</source>
        <translation>Étapes de l&apos;alerte</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Points focaux</translation>
    </message>
    <message>
        <source>Assembly document</source>
        <translation>Document de l&apos;Assemblée</translation>
    </message>
    <message>
        <source>Assembly documents</source>
        <translation>Documents de l&apos;Assemblée</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Fichier joint</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>Warrant</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Warrants</source>
        <translation>Mandats</translation>
    </message>
    <message>
        <source>Party status event</source>
        <translation>Événement relatif au statut de partie</translation>
    </message>
    <message>
        <source>Party status</source>
        <translation>Statut de partie</translation>
    </message>
    <message>
        <source>Article 12(3) declaration</source>
        <translation>Déclaration au titre de l&apos;article 12-3</translation>
    </message>
    <message>
        <source>Article 12(3) declarations</source>
        <translation>Déclarations au titre de l&apos;article 12-3</translation>
    </message>
    <message>
        <source>Information beside the party status</source>
        <translation>Informations en marge du statut de partie</translation>
    </message>
    <message>
        <source>Procedure step</source>
        <translation>Étape de procédure</translation>
    </message>
    <message>
        <source>Procedure steps</source>
        <translation>Étapes de procédure</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Délais</translation>
    </message>
    <message>
        <source>Sharing with the Court</source>
        <translation>Communication à la Cour</translation>
    </message>
    <message>
        <source>African States</source>
        <translation>États d&apos;Afrique</translation>
    </message>
    <message>
        <source>Asia-Pacific States</source>
        <translation>États d&apos;Asie et du Pacifique</translation>
    </message>
    <message>
        <source>Eastern European States</source>
        <translation>États d&apos;Europe orientale</translation>
    </message>
    <message>
        <source>Latin American and Caribbean States</source>
        <translation>États d&apos;Amérique latine et des Caraïbes</translation>
    </message>
    <message>
        <source>Western European and other States</source>
        <translation>États d&apos;Europe occidentale et autres États</translation>
    </message>
    <message>
        <source>Referral by a State Party</source>
        <translation>Renvoi par un État Partie</translation>
    </message>
    <message>
        <source>Security Council</source>
        <translation>Conseil de sécurité</translation>
    </message>
    <message>
        <source>The Prosecutor, proprio motu</source>
        <translation>Le Procureur, de sa propre initiative</translation>
    </message>
    <message>
        <source>Warrant of arrest</source>
        <translation>Mandat d&apos;arrêt</translation>
    </message>
    <message>
        <source>Summons to appear</source>
        <translation>Citation à comparaître</translation>
    </message>
    <message>
        <source>At large</source>
        <translation>En fuite</translation>
    </message>
    <message>
        <source>In custody</source>
        <translation>En détention</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Décédé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Finding of non-compliance</source>
        <translation>Constatation de manquement</translation>
    </message>
    <message>
        <source>Decision informing</source>
        <translation>Décision d&apos;information</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Appeal judgment</source>
        <translation>Arrêt d&apos;appel</translation>
    </message>
    <message>
        <source>Decision on reconsideration</source>
        <translation>Décision sur réexamen</translation>
    </message>
    <message>
        <source>Request by a State</source>
        <translation>Demande d&apos;un État</translation>
    </message>
    <message>
        <source>Response by a State</source>
        <translation>Réponse d&apos;un État</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Article 87(7)</source>
        <translation>Article 87-7</translation>
    </message>
    <message>
        <source>Article 87(5)(b)</source>
        <translation>Article 87-5-b</translation>
    </message>
    <message>
        <source>Informing decision</source>
        <translation>Décision d&apos;information</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Assembly of States Parties</source>
        <translation>Assemblée des États Parties</translation>
    </message>
    <message>
        <source>Assembly and Security Council</source>
        <translation>Assemblée et Conseil de sécurité</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Différée</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Ratification</source>
        <translation>Ratification</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptation</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Succession</source>
        <translation>Succession</translation>
    </message>
    <message>
        <source>Entry into force</source>
        <translation>Entrée en vigueur</translation>
    </message>
    <message>
        <source>Withdrawal notified</source>
        <translation>Retrait notifié</translation>
    </message>
    <message>
        <source>Withdrawal effective</source>
        <translation>Retrait effectif</translation>
    </message>
    <message>
        <source>Withdrawal notice revoked</source>
        <translation>Notification de retrait révoquée</translation>
    </message>
    <message>
        <source>Instrument withdrawn</source>
        <translation>Instrument retiré</translation>
    </message>
    <message>
        <source>Announced, not notified to the depositary</source>
        <translation>Annoncé, non notifié au dépositaire</translation>
    </message>
    <message>
        <source>Domestic act, not notified to the depositary</source>
        <translation>Acte interne, non notifié au dépositaire</translation>
    </message>
    <message>
        <source>State Party</source>
        <translation>État Partie</translation>
    </message>
    <message>
        <source>State Party, withdrawing</source>
        <translation>État Partie, en cours de retrait</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>Pas encore en vigueur</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Not a party</source>
        <translation>Non partie</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Signalée</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Focal points activated</source>
        <translation>Points focaux activés</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>Lettre envoyée</translation>
    </message>
    <message>
        <source>Court informed</source>
        <translation>Cour informée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Outcome recorded</source>
        <translation>Issue consignée</translation>
    </message>
    <message>
        <source>Visit cancelled</source>
        <translation>Visite annulée</translation>
    </message>
    <message>
        <source>Took place: person arrested</source>
        <translation>A eu lieu&#xa0;: personne arrêtée</translation>
    </message>
    <message>
        <source>Took place: not arrested</source>
        <translation>A eu lieu&#xa0;: pas d&apos;arrestation</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Probable</source>
        <translation>Probable</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Possible</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Douteuse</translation>
    </message>
    <message>
        <source>Bureau meeting</source>
        <translation>Réunion du Bureau</translation>
    </message>
    <message>
        <source>Bureau decision</source>
        <translation>Décision du Bureau</translation>
    </message>
    <message>
        <source>Focal points&apos; meeting</source>
        <translation>Réunion des points focaux</translation>
    </message>
    <message>
        <source>New York Working Group briefing</source>
        <translation>Exposé devant le Groupe de travail de New York</translation>
    </message>
    <message>
        <source>Plenary meeting</source>
        <translation>Séance plénière</translation>
    </message>
    <message>
        <source>Facilitation meeting</source>
        <translation>Réunion de facilitation</translation>
    </message>
    <message>
        <source>Public message</source>
        <translation>Message public</translation>
    </message>
    <message>
        <source>Communication to States</source>
        <translation>Communication aux États</translation>
    </message>
    <message>
        <source>Prosecutor&apos;s report to the Security Council</source>
        <translation>Rapport du Procureur au Conseil de sécurité</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Entendu</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Concerned</source>
        <translation>Concerné</translation>
    </message>
    <message>
        <source>President of the Assembly, ex officio</source>
        <translation>Présidence de l&apos;Assemblée, d&apos;office</translation>
    </message>
    <message>
        <source>Report of the Bureau</source>
        <translation>Rapport du Bureau</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Open letter</source>
        <translation>Lettre ouverte</translation>
    </message>
    <message>
        <source>Bureau meeting with the State (para. 14(c))</source>
        <translation>Réunion du Bureau avec l&apos;État (par. 14-c)</translation>
    </message>
    <message>
        <source>Plenary debate</source>
        <translation>Débat en plénière</translation>
    </message>
    <message>
        <source>Good offices of the President</source>
        <translation>Bons offices de la Présidence</translation>
    </message>
    <message>
        <source>Letter of the President</source>
        <translation>Lettre de la Présidence</translation>
    </message>
    <message>
        <source>Contact by a focal point</source>
        <translation>Contact par un point focal</translation>
    </message>
    <message>
        <source>States Parties informed</source>
        <translation>États Parties informés</translation>
    </message>
    <message>
        <source>Toolkit recalled</source>
        <translation>Rappel de la boîte à outils</translation>
    </message>
    <message>
        <source>Information shared with the Court</source>
        <translation>Information communiquée à la Cour</translation>
    </message>
    <message>
        <source>Public statement</source>
        <translation>Déclaration publique</translation>
    </message>
    <message>
        <source>Exact day</source>
        <translation>Jour exact</translation>
    </message>
    <message>
        <source>Range of days</source>
        <translation>Plage de jours</translation>
    </message>
    <message>
        <source>Part of a month</source>
        <translation>Partie d&apos;un mois</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Beside the party status: announced, not notified (information, not a party event)</source>
        <translation>En marge du statut de partie&#xa0;: annoncé, non notifié (information, et non événement relatif à la qualité de partie)</translation>
    </message>
    <message>
        <source>Bound by the Security Council in</source>
        <translation>Lié par le Conseil de sécurité dans</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Déplacements</translation>
    </message>
    <message>
        <source>Focal point on non-cooperation</source>
        <translation>Point focal sur la non-coopération</translation>
    </message>
    <message>
        <source>Nationals subject to the Court&apos;s warrants</source>
        <translation>Ressortissants visés par des mandats de la Cour</translation>
    </message>
    <message>
        <source>States bound by the Council&apos;s resolution</source>
        <translation>États liés par la résolution du Conseil</translation>
    </message>
    <message>
        <source>Warrants and summonses</source>
        <translation>Mandats d&apos;arrêt et citations à comparaître</translation>
    </message>
    <message>
        <source>Document numbers</source>
        <translation>Numéros de documents</translation>
    </message>
    <message>
        <source>Steps under the Assembly procedures</source>
        <translation>Étapes au titre des procédures de l&apos;Assemblée</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Paragraphes</translation>
    </message>
    <message>
        <source>Appeal of</source>
        <translation>Appel de</translation>
    </message>
    <message>
        <source>Appealed: judgment</source>
        <translation>Frappée d&apos;appel&#xa0;: arrêt</translation>
    </message>
    <message>
        <source>Reconsideration of</source>
        <translation>Réexamen de</translation>
    </message>
    <message>
        <source>Reconsidered by</source>
        <translation>Réexaminée par</translation>
    </message>
    <message>
        <source>Defers</source>
        <translation>Diffère</translation>
    </message>
    <message>
        <source>Deferred by</source>
        <translation>Différée par</translation>
    </message>
    <message>
        <source>Response to</source>
        <translation>Réponse à</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Request concerning</source>
        <translation>Demande concernant</translation>
    </message>
    <message>
        <source>Requests concerning it</source>
        <translation>Demandes la concernant</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>Fait suite à</translation>
    </message>
    <message>
        <source>Followed by</source>
        <translation>Suivie de</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Discussed at</source>
        <translation>Examinée lors de</translation>
    </message>
    <message>
        <source>Takes note of</source>
        <translation>Prend note de</translation>
    </message>
    <message>
        <source>Noted by</source>
        <translation>Notée par</translation>
    </message>
    <message>
        <source>Led to</source>
        <translation>A conduit à</translation>
    </message>
    <message>
        <source>Followed the visit</source>
        <translation>A suivi la visite</translation>
    </message>
    <message>
        <source>Signed the Rome Statute</source>
        <translation>A signé le Statut de Rome</translation>
    </message>
    <message>
        <source>Ratified the Rome Statute</source>
        <translation>A ratifié le Statut de Rome</translation>
    </message>
    <message>
        <source>Acceded to the Rome Statute</source>
        <translation>A adhéré au Statut de Rome</translation>
    </message>
    <message>
        <source>Accepted the Rome Statute</source>
        <translation>A accepté le Statut de Rome</translation>
    </message>
    <message>
        <source>Approved the Rome Statute</source>
        <translation>A approuvé le Statut de Rome</translation>
    </message>
    <message>
        <source>Succeeded to the Rome Statute</source>
        <translation>A succédé au Statut de Rome</translation>
    </message>
    <message>
        <source>The Statute entered into force for it</source>
        <translation>Le Statut est entré en vigueur à son égard</translation>
    </message>
    <message>
        <source>Notified its withdrawal</source>
        <translation>A notifié son retrait</translation>
    </message>
    <message>
        <source>Its withdrawal took effect</source>
        <translation>Son retrait a pris effet</translation>
    </message>
    <message>
        <source>Revoked its notice of withdrawal</source>
        <translation>A révoqué sa notification de retrait</translation>
    </message>
    <message>
        <source>Withdrew its instrument before entry into force</source>
        <translation>A retiré son instrument avant l&apos;entrée en vigueur</translation>
    </message>
    <message>
        <source>Article 12(3) declaration lodged</source>
        <translation>Déclaration au titre de l&apos;article 12-3 déposée</translation>
    </message>
    <message>
        <source>Transmitted to the Assembly of States Parties</source>
        <translation>Transmise à l&apos;Assemblée des États Parties</translation>
    </message>
    <message>
        <source>Transmitted to the Security Council</source>
        <translation>Transmise au Conseil de sécurité</translation>
    </message>
    <message>
        <source>Letter of the President of the Assembly</source>
        <translation>Lettre de la Présidence de l&apos;Assemblée</translation>
    </message>
    <message>
        <source>Appointed focal point on non-cooperation</source>
        <translation>Nommé point focal sur la non-coopération</translation>
    </message>
    <message>
        <source>Referred to the Court</source>
        <translation>Déférée à la Cour</translation>
    </message>
    <message>
        <source>Investigation opened</source>
        <translation>Enquête ouverte</translation>
    </message>
    <message>
        <source>Warrant of arrest issued</source>
        <translation>Mandat d&apos;arrêt délivré</translation>
    </message>
    <message>
        <source>Summons to appear issued</source>
        <translation>Citation à comparaître délivrée</translation>
    </message>
    <message>
        <source>In the Court&apos;s custody</source>
        <translation>Détenu par la Cour</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Décédé</translation>
    </message>
    <message>
        <source>Warrant withdrawn or proceedings ended</source>
        <translation>Mandat retiré ou procédure close</translation>
    </message>
    <message>
        <source>Warrant unsealed</source>
        <translation>Mandat descellé</translation>
    </message>
</context>
<context>
    <name>letter</name>
    <message>
        <source>ASSEMBLY OF STATES PARTIES TO THE ROME STATUTE OF THE INTERNATIONAL CRIMINAL COURT</source>
        <translation>ASSEMBLÉE DES ÉTATS PARTIES AU STATUT DE ROME DE LA COUR PÉNALE INTERNATIONALE</translation>
    </message>
    <message>
        <source>The President</source>
        <translation>La Présidence</translation>
    </message>
    <message>
        <source>Reference: {{reference}}</source>
        <translation>Référence&#xa0;: {{reference}}</translation>
    </message>
    <message>
        <source>Excellency,</source>
        <translation>Excellence,</translation>
    </message>
    <message>
        <source>I have the honour to write to you in my capacity as President of the Assembly of States Parties to the Rome Statute of the International Criminal Court, in accordance with the Assembly procedures relating to non-cooperation.</source>
        <translation>J&apos;ai l&apos;honneur de m&apos;adresser à vous en ma qualité de Président de l&apos;Assemblée des États Parties au Statut de Rome de la Cour pénale internationale, conformément aux procédures de l&apos;Assemblée relatives à la non-coopération.</translation>
    </message>
    <message>
        <source>Information has reached me that {{person}}, {{person_function}}, may visit {{state}} ({{visit_dates}}). The International Criminal Court issued a warrant of arrest for {{person}} on {{warrant_dates}}, in the {{situation}}.</source>
        <translation>Il a été porté à ma connaissance que {{person}}, {{person_function}}, pourrait se rendre dans votre pays ({{visit_dates}}). La Cour pénale internationale a délivré un mandat d&apos;arrêt à l&apos;encontre de {{person}} le {{warrant_dates}}, dans {{situation}}.</translation>
    </message>
    <message>
        <source>I therefore respectfully call upon the authorities of {{state}} to {{call}}.</source>
        <translation>J&apos;invite donc respectueusement les autorités de votre pays à {{call}}.</translation>
    </message>
    <message>
        <source>I would be grateful if you could inform me of any measures taken in this regard. The focal points on non-cooperation and I remain at your disposal for consultations, including consultations with the Court under article 97 of the Rome Statute.</source>
        <translation>Je vous saurais gré de bien vouloir m&apos;informer de toute mesure prise à cet égard. Les points focaux sur la non-coopération et moi-même restons à votre disposition pour des consultations, y compris des consultations avec la Cour en vertu de l&apos;article 97 du Statut de Rome.</translation>
    </message>
    <message>
        <source>Please accept, Excellency, the assurances of my highest consideration.</source>
        <translation>Je vous prie d&apos;agréer, Excellence, les assurances de ma très haute considération.</translation>
    </message>
    <message>
        <source>Draft prepared with ncdesk. Check every fact against the record before sending.</source>
        <translation>Projet établi avec ncdesk. Vérifiez chaque fait au regard du dossier avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>Minister of Foreign Affairs of {formal}</source>
        <translation>Ministre des affaires étrangères</translation>
    </message>
    <message>
        <source>President of the Assembly of States Parties</source>
        <translation>Président de l&apos;Assemblée des États Parties</translation>
    </message>
    <message>
        <source>86 and 89(1)</source>
        <translation>86 et 89-1</translation>
    </message>
    <message>
        <source>execute the Court&apos;s request for the arrest and surrender of {person}, should the visit take place</source>
        <translation>exécuter la demande d&apos;arrestation et de remise de {person} adressée par la Cour, si la visite a lieu</translation>
    </message>
    <message>
        <source>cooperate with the Court in the execution of its request for the arrest and surrender of {person}</source>
        <translation>coopérer avec la Cour à l&apos;exécution de sa demande d&apos;arrestation et de remise de {person}</translation>
    </message>
    <message>
        <source>As a State Party to the Rome Statute, {state} is under an obligation to cooperate fully with the Court in its investigation and prosecution of crimes within its jurisdiction (article 86) and to comply with requests for arrest and surrender (article 89(1)).</source>
        <translation>En tant qu&apos;État Partie au Statut de Rome, votre pays est tenu de coopérer pleinement avec la Cour dans les enquêtes et poursuites qu&apos;elle mène pour les crimes relevant de sa compétence (article 86) et de faire droit à ses demandes d&apos;arrestation et de remise (paragraphe 1 de l&apos;article 89).</translation>
    </message>
    <message>
        <source>Although the withdrawal of {state} from the Rome Statute has taken effect, under article 127(2) {state} is not discharged from its obligation to cooperate with the Court in the investigations and proceedings that commenced before the withdrawal became effective, including in the {situation}.</source>
        <translation>Bien que le retrait de votre pays du Statut de Rome ait pris effet, votre pays n&apos;est pas dégagé, en vertu du paragraphe 2 de l&apos;article 127, de son obligation de coopérer avec la Cour dans le cadre des enquêtes et procédures commencées avant la date à laquelle le retrait a pris effet, y compris dans {situation}.</translation>
    </message>
    <message>
        <source>By the decision of the Security Council ({basis}), {state} is under an obligation to cooperate fully with the Court and the Prosecutor in the {situation}.</source>
        <translation>Par la décision du Conseil de sécurité ({basis}), votre pays est tenu de coopérer pleinement avec la Cour et le Procureur dans {situation}.</translation>
    </message>
    <message>
        <source>By its declaration under article 12(3) of the Rome Statute, {state} accepted the exercise of jurisdiction by the Court and undertook to cooperate with the Court without any delay or exception in accordance with Part 9 of the Statute.</source>
        <translation>Par sa déclaration faite en vertu du paragraphe 3 de l&apos;article 12 du Statut de Rome, votre pays a accepté que la Cour exerce sa compétence et s&apos;est engagé à coopérer avec elle sans retard et sans exception conformément au chapitre IX du Statut.</translation>
    </message>
    <message>
        <source>While {state} is not a party to the Rome Statute, the international community expects all States to cooperate with the Court. {explanation}</source>
        <translation>Bien que votre pays ne soit pas partie au Statut de Rome, la communauté internationale attend de tous les États qu&apos;ils coopèrent avec la Cour. {explanation}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>no date given</source>
        <translation>aucune date donnée</translation>
    </message>
    <message>
        <source>%1: the range ends (%2) before it starts (%3)</source>
        <translation>%1&#xa0;: la période finit (%2) avant de commencer (%3)</translation>
    </message>
    <message>
        <source>%1: %2 is not a month (did you mean %3?)</source>
        <translation>%1&#xa0;: %2 n&apos;est pas un mois (vouliez-vous dire %3&#xa0;?)</translation>
    </message>
    <message>
        <source>%1: %2 is not a month</source>
        <translation>%1&#xa0;: %2 n&apos;est pas un mois</translation>
    </message>
    <message>
        <source>%1: year %2 is out of range (1900–2200)</source>
        <translation>%1&#xa0;: l&apos;année %2 est hors des limites (1900–2200)</translation>
    </message>
    <message>
        <source>%1: month %2 does not exist (months are 1–12)</source>
        <translation>%1&#xa0;: le mois %2 n&apos;existe pas (les mois vont de 1 à 12)</translation>
    </message>
    <message>
        <source>%1: %2 has %3 days, not %4</source>
        <translation>%1&#xa0;: %2 compte %3 jours, pas %4</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as YYYY-MM-DD or day month year (3 April 2025)</source>
        <translation>%1 n&apos;est pas une date&#xa0;; écrivez-la AAAA-MM-JJ ou jour mois année (3 avril 2025)</translation>
    </message>
    <message>
        <source>%1 is not a date in the form YYYY-MM-DD</source>
        <translation>%1 n&apos;est pas une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>%1: cannot read %2 as the start of the range</source>
        <translation>%1&#xa0;: impossible de lire %2 comme début de la période</translation>
    </message>
    <message>
        <source>%1 is not a date; examples: 2025-04-03, 3 April 2025, 3–6 April 2025, April 2025, mid-October 2025, 2025</source>
        <translation>%1 n&apos;est pas une date&#xa0;; exemples&#xa0;: 2025-04-03, 3 avril 2025, 3–6 avril 2025, avril 2025, mi-octobre 2025, 2025</translation>
    </message>
    <message>
        <source>the alert is closed; reopen it before taking another step</source>
        <translation>l&apos;alerte est clôturée&#xa0;; rouvrez-la avant de passer à une autre étape</translation>
    </message>
    <message>
        <source>the alert is already at “%1”; “%2” comes before it (steps only go forward)</source>
        <translation>l&apos;alerte en est déjà à «&#xa0;%1&#xa0;»&#xa0;; «&#xa0;%2&#xa0;» vient avant (les étapes ne font qu&apos;avancer)</translation>
    </message>
    <message>
        <source>the step is dated %1, before the previous step (%2)</source>
        <translation>l&apos;étape est datée du %1, avant l&apos;étape précédente (%2)</translation>
    </message>
    <message>
        <source>closing an alert needs its outcome (cancelled, arrested, not arrested, unknown)</source>
        <translation>pour clôturer une alerte, indiquez son issue (annulée, arrestation, sans arrestation, inconnue)</translation>
    </message>
    <message>
        <source>an outcome is recorded when the alert is closed</source>
        <translation>l&apos;issue se consigne à la clôture de l&apos;alerte</translation>
    </message>
    <message>
        <source>expected ICC-&lt;situation&gt;[-&lt;case&gt;]-&lt;filing&gt;[-Corr][-ENG|-FRA|-tENG], e.g. ICC-02/05-01/09-309-ENG</source>
        <translation>forme attendue ICC-&lt;situation&gt;[-&lt;affaire&gt;]-&lt;pièce&gt;[-Corr][-ENG|-FRA|-tENG], par exemple ICC-02/05-01/09-309-ENG</translation>
    </message>
    <message>
        <source>%1 is not a document number: expected ICC-02/05-01/09-309-ENG, ICC-ASP/23/31, ICC-ASP/23/Res.1, S/2016/716 or S/RES/1593 (2005)</source>
        <translation>%1 n&apos;est pas un numéro de document&#xa0;: formes attendues ICC-02/05-01/09-309-ENG, ICC-ASP/23/31, ICC-ASP/23/Res.1, S/2016/716 ou S/RES/1593 (2005)</translation>
    </message>
    <message>
        <source>it contains a space</source>
        <translation>il contient une espace</translation>
    </message>
    <message>
        <source>it must start with ICC-&lt;two digits&gt;/&lt;two digits&gt;, e.g. ICC-02/05</source>
        <translation>il doit commencer par ICC-&lt;deux chiffres&gt;/&lt;deux chiffres&gt;, par exemple ICC-02/05</translation>
    </message>
    <message>
        <source>write the language as %1</source>
        <translation>écrivez la langue ainsi&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not an Assembly document number: expected ICC-ASP/&lt;session&gt;/&lt;number&gt; (ICC-ASP/23/31, ICC-ASP/15/31/Add.1) or ICC-ASP/&lt;session&gt;/Res.&lt;n&gt; (ICC-ASP/17/Res.5)</source>
        <translation>%1 n&apos;est pas un numéro de document de l&apos;Assemblée&#xa0;: formes attendues ICC-ASP/&lt;session&gt;/&lt;numéro&gt; (ICC-ASP/23/31, ICC-ASP/15/31/Add.1) ou ICC-ASP/&lt;session&gt;/Res.&lt;n&gt; (ICC-ASP/17/Res.5)</translation>
    </message>
    <message>
        <source>%1 is not a United Nations document number: expected S/&lt;year&gt;/&lt;number&gt; (S/2016/716), S/RES/&lt;number&gt; (&lt;year&gt;) (S/RES/1593 (2005)), A/&lt;session&gt;/&lt;number&gt; or A/RES/&lt;session&gt;/&lt;number&gt;</source>
        <translation>%1 n&apos;est pas une cote de document de l&apos;Organisation des Nations Unies&#xa0;: formes attendues S/&lt;année&gt;/&lt;numéro&gt; (S/2016/716), S/RES/&lt;numéro&gt; (&lt;année&gt;) (S/RES/1593 (2005)), A/&lt;session&gt;/&lt;numéro&gt; ou A/RES/&lt;session&gt;/&lt;numéro&gt;</translation>
    </message>
    <message>
        <source>no document number given</source>
        <translation>aucun numéro de document n&apos;est indiqué</translation>
    </message>
    <message>
        <source>%1 is not an ICC document number: %2</source>
        <translation>%1 n&apos;est pas un numéro de document de la CPI&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the situation part %2 cannot contain 00</source>
        <translation>%1&#xa0;: la partie «&#xa0;situation&#xa0;» %2 ne peut pas contenir 00</translation>
    </message>
    <message>
        <source>%1: the case part %2 cannot contain 00</source>
        <translation>%1&#xa0;: la partie «&#xa0;affaire&#xa0;» %2 ne peut pas contenir 00</translation>
    </message>
    <message>
        <source>%1 is not an Assembly document number: expected ICC-ASP/&lt;session&gt;/&lt;number&gt; (ICC-ASP/23/31, ICC-ASP/15/31/Add.1) or ICC-ASP/&lt;session&gt;/Res.&lt;n&gt; (ICC-ASP/17/Res.5) (did you mean %2?)</source>
        <translation>%1 n&apos;est pas un numéro de document de l&apos;Assemblée&#xa0;: formes attendues ICC-ASP/&lt;session&gt;/&lt;numéro&gt; (ICC-ASP/23/31, ICC-ASP/15/31/Add.1) ou ICC-ASP/&lt;session&gt;/Res.&lt;n&gt; (ICC-ASP/17/Res.5) (vouliez-vous dire %2&#xa0;?)</translation>
    </message>
    <message>
        <source>%1: session %2 is out of range</source>
        <translation>%1&#xa0;: la session %2 est hors de la plage possible</translation>
    </message>
    <message>
        <source>%1 is not a United Nations document number: expected S/&lt;year&gt;/&lt;number&gt; (S/2016/716), S/RES/&lt;number&gt; (&lt;year&gt;) (S/RES/1593 (2005)), A/&lt;session&gt;/&lt;number&gt; or A/RES/&lt;session&gt;/&lt;number&gt; (did you mean %2?)</source>
        <translation>%1 n&apos;est pas une cote de document de l&apos;Organisation des Nations Unies&#xa0;: formes attendues S/&lt;année&gt;/&lt;numéro&gt; (S/2016/716), S/RES/&lt;numéro&gt; (&lt;année&gt;) (S/RES/1593 (2005)), A/&lt;session&gt;/&lt;numéro&gt; ou A/RES/&lt;session&gt;/&lt;numéro&gt; (vouliez-vous dire %2&#xa0;?)</translation>
    </message>
    <message>
        <source>%1: year %2 is out of range</source>
        <translation>%1&#xa0;: l&apos;année %2 est hors de la plage possible</translation>
    </message>
    <message>
        <source>%1 is not an ICC document number: %2 (did you mean %3?)</source>
        <translation>%1 n&apos;est pas un numéro de document de la CPI&#xa0;: %2 (vouliez-vous dire %3&#xa0;?)</translation>
    </message>
    <message>
        <source>a situation number</source>
        <translation>un numéro de situation</translation>
    </message>
    <message>
        <source>a case number</source>
        <translation>un numéro d&apos;affaire</translation>
    </message>
    <message>
        <source>the number of a filing</source>
        <translation>le numéro d&apos;une pièce</translation>
    </message>
    <message>
        <source>an Assembly document</source>
        <translation>un document de l&apos;Assemblée</translation>
    </message>
    <message>
        <source>an Assembly resolution</source>
        <translation>une résolution de l&apos;Assemblée</translation>
    </message>
    <message>
        <source>a Security Council document</source>
        <translation>un document du Conseil de sécurité</translation>
    </message>
    <message>
        <source>a Security Council resolution</source>
        <translation>une résolution du Conseil de sécurité</translation>
    </message>
    <message>
        <source>a General Assembly document</source>
        <translation>un document de l&apos;Assemblée générale</translation>
    </message>
    <message>
        <source>a General Assembly resolution</source>
        <translation>une résolution de l&apos;Assemblée générale</translation>
    </message>
    <message>
        <source>%1 is not an ICC document number</source>
        <translation>%1 n&apos;est pas un numéro de document de la CPI</translation>
    </message>
    <message>
        <source>%1 is not an Assembly document number</source>
        <translation>%1 n&apos;est pas un numéro de document de l&apos;Assemblée</translation>
    </message>
    <message>
        <source>%1 is not a United Nations document number</source>
        <translation>%1 n&apos;est pas une cote de document de l&apos;Organisation des Nations Unies</translation>
    </message>
    <message>
        <source>another kind of number</source>
        <translation>un autre type de numéro</translation>
    </message>
    <message>
        <source>%1 is %2; expected %3</source>
        <translation>%1 est %2&#xa0;; il faut %3</translation>
    </message>
    <message>
        <source>a situation number such as ICC-02/05</source>
        <translation>un numéro de situation comme ICC-02/05</translation>
    </message>
    <message>
        <source>a case number such as ICC-02/05-01/09</source>
        <translation>un numéro d&apos;affaire comme ICC-02/05-01/09</translation>
    </message>
    <message>
        <source>a filing number such as ICC-02/05-01/09-309-ENG</source>
        <translation>un numéro de pièce comme ICC-02/05-01/09-309-ENG</translation>
    </message>
    <message>
        <source>a Security Council document such as S/2016/716</source>
        <translation>un document du Conseil de sécurité comme S/2016/716</translation>
    </message>
    <message>
        <source>a Security Council resolution such as S/RES/1593 (2005)</source>
        <translation>une résolution du Conseil de sécurité comme S/RES/1593 (2005)</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ne fait pas partie des valeurs possibles&#xa0;: %2</translation>
    </message>
    <message>
        <source>a document number is listed twice</source>
        <translation>un numéro de document figure deux fois</translation>
    </message>
    <message>
        <source>only a closed alert can be reopened</source>
        <translation>seule une alerte clôturée peut être rouverte</translation>
    </message>
    <message>
        <source>log the alert first, then close it with its outcome</source>
        <translation>enregistrez d&apos;abord l&apos;alerte, puis clôturez-la avec son issue</translation>
    </message>
    <message>
        <source>%1 is already recorded</source>
        <translation>%1 est déjà enregistré</translation>
    </message>
    <message>
        <source>a case of %1 is numbered %1-NN/NN</source>
        <translation>une affaire de la situation %1 porte un numéro %1-NN/NN</translation>
    </message>
    <message>
        <source>is before the day it was issued</source>
        <translation>est antérieure à la date de délivrance</translation>
    </message>
    <message>
        <source>only a warrant issued under seal is unsealed</source>
        <translation>seul un mandat délivré sous scellés peut être descellé</translation>
    </message>
    <message>
        <source>is before the decision</source>
        <translation>est antérieure à la décision</translation>
    </message>
    <message>
        <source>is before the letter&apos;s date</source>
        <translation>est antérieure à la date de la lettre</translation>
    </message>
    <message>
        <source>no such record</source>
        <translation>cette fiche n&apos;existe pas</translation>
    </message>
    <message>
        <source>no such record; choose one from the list</source>
        <translation>cette fiche n&apos;existe pas&#xa0;; choisissez-en une dans la liste</translation>
    </message>
    <message>
        <source>is not a document of %1</source>
        <translation>n&apos;est pas un document de la situation %1</translation>
    </message>
    <message>
        <source>belongs to another situation</source>
        <translation>relève d&apos;une autre situation</translation>
    </message>
    <message>
        <source>a Security Council document means it was referred to the Council</source>
        <translation>un document du Conseil de sécurité signifie que la question a été renvoyée au Conseil</translation>
    </message>
    <message>
        <source>give the Security Council document for that date</source>
        <translation>indiquez le document du Conseil de sécurité de cette date</translation>
    </message>
    <message>
        <source>%1 is not a document of %2</source>
        <translation>%1 n&apos;est pas un document de la situation %2</translation>
    </message>
    <message>
        <source>this event is already recorded for this State on that day</source>
        <translation>cet événement est déjà enregistré pour cet État à cette date</translation>
    </message>
    <message>
        <source>%1 is not a document of case %2</source>
        <translation>%1 n&apos;est pas un document de l&apos;affaire %2</translation>
    </message>
    <message>
        <source>%1 is already the number of “%2”</source>
        <translation>%1 est déjà le numéro de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>The backup %1 %2.</source>
        <translation>La sauvegarde %1 %2.</translation>
    </message>
    <message>
        <source>Choose another backup.</source>
        <translation>Choisissez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>%1 exists; open ncdesk and restore from the File menu instead.</source>
        <translation>%1 existe&#xa0;; ouvrez ncdesk et restaurez plutôt depuis le menu Fichier.</translation>
    </message>
    <message>
        <source>is encrypted: unlock the database first</source>
        <translation>est chiffrée&#xa0;: déverrouillez d&apos;abord la base de données</translation>
    </message>
    <message>
        <source>was encrypted with another passphrase (an earlier one, or another folder&apos;s)</source>
        <translation>a été chiffrée avec une autre phrase secrète (une ancienne, ou celle d&apos;un autre dossier)</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>ne peut pas être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>is not an ncdesk database</source>
        <translation>n&apos;est pas une base de données ncdesk</translation>
    </message>
    <message>
        <source>is damaged (%1)</source>
        <translation>est endommagée (%1)</translation>
    </message>
    <message>
        <source>is damaged (its schema is unreadable)</source>
        <translation>est endommagée (son schéma est illisible)</translation>
    </message>
    <message>
        <source>The backup could not be written (%1).</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite (%1).</translation>
    </message>
    <message>
        <source>Check the disk space; nothing was lost.</source>
        <translation>Vérifiez l&apos;espace disque&#xa0;; rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1 (%2).</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite dans %1 (%2).</translation>
    </message>
    <message>
        <source>Free some space or check the folder; the database itself is untouched.</source>
        <translation>Libérez de l&apos;espace ou vérifiez le dossier&#xa0;; la base de données elle-même est intacte.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Type it again (it is case-sensitive); nothing was changed.</source>
        <translation>Saisissez-la de nouveau (majuscules et minuscules comptent)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Give the passphrase: at the prompt, or with --passphrase-file FILE or NCDESK_PASSPHRASE_FILE.</source>
        <translation>Donnez la phrase secrète&#xa0;: à l&apos;invite, ou avec --passphrase-file FICHIER ou NCDESK_PASSPHRASE_FILE.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted, but its key-derivation file %2 is missing.</source>
        <translation>La base de données %1 est chiffrée, mais son fichier de dérivation de clé %2 est absent.</translation>
    </message>
    <message>
        <source>Put it back from your own copy; nothing was changed.</source>
        <translation>Remettez-le en place à partir de votre propre copie&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The file %1 is damaged: its first 16 bytes (the salt its key is made from) match no key made in this data folder, and it does not open with this folder&apos;s passphrase (or it was copied here from a data folder with another passphrase).</source>
        <translation>Le fichier %1 est endommagé&#xa0;: ses 16 premiers octets (le sel dont sa clé est tirée) ne correspondent à aucune clé créée dans ce dossier de données, et il ne s&apos;ouvre pas avec la phrase secrète de ce dossier (ou il a été copié ici depuis un dossier de données ayant une autre phrase secrète).</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>La phrase secrète doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The passphrase cannot be only spaces.</source>
        <translation>La phrase secrète ne peut pas être faite que d&apos;espaces.</translation>
    </message>
    <message>
        <source>A copy is kept at %1: copy it back into the data folder, then open ncdesk again. Nothing was changed.</source>
        <translation>Une copie est conservée dans %1&#xa0;: recopiez-la dans le dossier de données, puis rouvrez ncdesk. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 was encrypted with a passphrase ncdesk has no record of.</source>
        <translation>%1 a été chiffré avec une phrase secrète dont ncdesk n&apos;a pas trace.</translation>
    </message>
    <message>
        <source>It may be damaged, or come from another data folder; nothing was changed.</source>
        <translation>Il est peut-être endommagé, ou provient d&apos;un autre dossier de données&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>La phrase secrète est incorrecte.</translation>
    </message>
    <message>
        <source>The key-derivation file %1 cannot be read (%2).</source>
        <translation>Le fichier de dérivation de clé %1 ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>Put back the copy kept in the backups folder, or restore it from your own copy; nothing was changed.</source>
        <translation>Remettez en place la copie conservée dans le dossier des sauvegardes, ou restaurez-le à partir de votre propre copie&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1): it does not start as an SQLite file.</source>
        <translation>Le fichier de la base de données est endommagé (%1)&#xa0;: il ne commence pas comme un fichier SQLite.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file, but not an ncdesk database.</source>
        <translation>%1 est un fichier SQLite, mais pas une base de données ncdesk.</translation>
    </message>
    <message>
        <source>%1 was written by a newer ncdesk (schema %2, this is ncdesk %3 with schema %4).</source>
        <translation>%1 a été écrit par une version plus récente de ncdesk (schéma %2&#xa0;; celle-ci est ncdesk %3, schéma %4).</translation>
    </message>
    <message>
        <source>The database file is damaged (%1): %2.</source>
        <translation>Le fichier de la base de données est endommagé (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The database file cannot be read (%1): its schema is damaged.</source>
        <translation>Le fichier de la base de données ne peut pas être lu (%1)&#xa0;: son schéma est endommagé.</translation>
    </message>
    <message>
        <source>The backup copy %1 failed its check: %2.</source>
        <translation>La copie de sauvegarde %1 n&apos;a pas passé sa vérification&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot use write-ahead logging for %1 (journal mode is %2).</source>
        <translation>Impossible d&apos;utiliser la journalisation anticipée (WAL) pour %1 (mode de journal %2).</translation>
    </message>
    <message>
        <source>The database file is damaged (%1): its schema is unreadable.</source>
        <translation>Le fichier de la base de données est endommagé (%1)&#xa0;: son schéma est illisible.</translation>
    </message>
    <message>
        <source>The encrypted database file is damaged (%1): it does not decrypt.</source>
        <translation>Le fichier chiffré de la base de données est endommagé (%1)&#xa0;: il ne se déchiffre pas.</translation>
    </message>
    <message>
        <source>The database file cannot be read (%1): %2.</source>
        <translation>Le fichier de la base de données ne peut pas être lu (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Deriving the key…</source>
        <translation>Dérivation de la clé…</translation>
    </message>
    <message>
        <source>Encrypting the database…</source>
        <translation>Chiffrement de la base de données…</translation>
    </message>
    <message>
        <source>Decrypting the database…</source>
        <translation>Déchiffrement de la base de données…</translation>
    </message>
    <message>
        <source>The converted copy %1 was not encrypted with the new key.</source>
        <translation>La copie convertie %1 n&apos;a pas été chiffrée avec la nouvelle clé.</translation>
    </message>
    <message>
        <source>Converting backup %1 of %2…</source>
        <translation>Conversion de la sauvegarde %1 sur %2…</translation>
    </message>
    <message>
        <source>The attachment %1 is encrypted; unlock the database first.</source>
        <translation>La pièce jointe %1 est chiffrée&#xa0;; déverrouillez d&apos;abord la base de données.</translation>
    </message>
    <message>
        <source>Converting attachment %1 of %2…</source>
        <translation>Conversion de la pièce jointe %1 sur %2…</translation>
    </message>
    <message>
        <source>Converting damaged copy %1 of %2…</source>
        <translation>Conversion de la copie endommagée %1 sur %2…</translation>
    </message>
    <message>
        <source>Encrypted the database, %1 backup(s), %2 damaged copy(ies) and %3 attachment(s).</source>
        <translation>Chiffrement effectué&#xa0;: la base de données, %1 sauvegarde(s), %2 copie(s) endommagée(s) et %3 pièce(s) jointe(s).</translation>
    </message>
    <message>
        <source>Encrypted %1 backup(s), %2 damaged copy(ies) and %3 attachment(s) left in clear.</source>
        <translation>Chiffrement effectué&#xa0;: %1 sauvegarde(s), %2 copie(s) endommagée(s) et %3 pièce(s) jointe(s) laissées en clair.</translation>
    </message>
    <message>
        <source>Removed %1 unfinished backup or conversion file(s).</source>
        <translation>%1 fichier(s) de sauvegarde ou de conversion inachevé(s) supprimé(s).</translation>
    </message>
    <message>
        <source>Removed %1 unreadable plain copy(ies) with your agreement.</source>
        <translation>%1 copie(s) en clair illisible(s) supprimée(s) avec votre accord.</translation>
    </message>
    <message>
        <source>%1 plain copy(ies) could not be read to be encrypted and stay readable by anyone who has this computer&apos;s files: %2.</source>
        <translation>%1 copie(s) en clair n&apos;ont pas pu être lues pour être chiffrées et restent lisibles par quiconque dispose des fichiers de cet ordinateur&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The database is already encrypted.</source>
        <translation>La base de données est déjà chiffrée.</translation>
    </message>
    <message>
        <source>Use Change passphrase instead.</source>
        <translation>Utilisez plutôt Changer la phrase secrète.</translation>
    </message>
    <message>
        <source>The database is not encrypted.</source>
        <translation>La base de données n&apos;est pas chiffrée.</translation>
    </message>
    <message>
        <source>Use Encrypt this database instead.</source>
        <translation>Utilisez plutôt Chiffrer cette base de données.</translation>
    </message>
    <message>
        <source>Re-encrypting the database…</source>
        <translation>Rechiffrement de la base de données…</translation>
    </message>
    <message>
        <source>%1 backup(s) could not be decrypted (%2).</source>
        <translation>%1 sauvegarde(s) n&apos;ont pas pu être déchiffrées (%2).</translation>
    </message>
    <message>
        <source>Delete them (Restore a backup… shows them) or restore them first; the database is still encrypted.</source>
        <translation>Supprimez-les (Restaurer une sauvegarde… les montre) ou restaurez-les d&apos;abord&#xa0;; la base de données est toujours chiffrée.</translation>
    </message>
    <message>
        <source>The converted copy %1 failed its check (%2).</source>
        <translation>La copie convertie %1 n&apos;a pas passé sa vérification (%2).</translation>
    </message>
    <message>
        <source>The converted copy %1 does not hold every record.</source>
        <translation>La copie convertie %1 ne contient pas toutes les fiches.</translation>
    </message>
    <message>
        <source>The converted copy %1 is not marked as ncdesk&apos;s.</source>
        <translation>La copie convertie %1 n&apos;est pas marquée comme étant de ncdesk.</translation>
    </message>
    <message>
        <source>The stored attachment %1 is damaged: it does not decrypt.</source>
        <translation>La pièce jointe enregistrée %1 est endommagée&#xa0;: elle ne se déchiffre pas.</translation>
    </message>
    <message>
        <source>The database is still in use by another connection; close it and try again.</source>
        <translation>La base de données est encore utilisée par une autre connexion&#xa0;; fermez-la et réessayez.</translation>
    </message>
    <message>
        <source>Install the newer version of ncdesk to open it; the file was left unchanged.</source>
        <translation>Installez la version plus récente de ncdesk pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only: you can read and export, nothing can be saved.</source>
        <translation>Le dossier de données %1 est en lecture seule&#xa0;: vous pouvez consulter et exporter, mais rien ne peut être enregistré.</translation>
    </message>
    <message>
        <source>To change it, copy the folder to a place you may write to and open the copy (--data-dir).</source>
        <translation>Pour le modifier, copiez le dossier à un emplacement où vous pouvez écrire et ouvrez la copie (--data-dir).</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only and holds no database; ncdesk cannot create one there.</source>
        <translation>Le dossier de données %1 est en lecture seule et ne contient aucune base de données&#xa0;; ncdesk ne peut pas y en créer une.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to (--data-dir).</source>
        <translation>Choisissez un dossier dans lequel vous pouvez écrire (--data-dir).</translation>
    </message>
    <message>
        <source>%1 The folder is read-only, so the file was left as it is.</source>
        <translation>%1 Le dossier est en lecture seule&#xa0;; le fichier a donc été laissé tel quel.</translation>
    </message>
    <message>
        <source>Copy the folder to a place you may write to, open the copy and restore its last good backup there.</source>
        <translation>Copiez le dossier à un emplacement où vous pouvez écrire, ouvrez la copie et restaurez-y sa dernière sauvegarde saine.</translation>
    </message>
    <message>
        <source>%1 was written by an older ncdesk and must be upgraded, which cannot be done in a read-only folder.</source>
        <translation>%1 a été écrit par une version antérieure de ncdesk et doit être mis à niveau, ce qui est impossible dans un dossier en lecture seule.</translation>
    </message>
    <message>
        <source>Copy the data folder to a place you may write to and open the copy (--data-dir).</source>
        <translation>Copiez le dossier de données à un emplacement où vous pouvez écrire et ouvrez la copie (--data-dir).</translation>
    </message>
    <message>
        <source>%1 was not closed cleanly: its last changes are in %2, which can only be read in a folder you may write to.</source>
        <translation>%1 n&apos;a pas été fermé correctement&#xa0;: ses dernières modifications se trouvent dans %2, qui ne peut être lu que dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Restore the last good backup; the damaged file was not changed.</source>
        <translation>Restaurez la dernière sauvegarde saine&#xa0;; le fichier endommagé n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Close the other ncdesk window or command using it, then try again.</source>
        <translation>Fermez l&apos;autre fenêtre ou commande ncdesk qui l&apos;utilise, puis réessayez.</translation>
    </message>
    <message>
        <source>Check that you may write to the data folder, or choose another with --data-dir.</source>
        <translation>Vérifiez que vous pouvez écrire dans le dossier de données, ou choisissez-en un autre avec --data-dir.</translation>
    </message>
    <message>
        <source>Free some space on the disk, then try again; nothing was saved.</source>
        <translation>Libérez de l&apos;espace sur le disque, puis réessayez&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Restore the last good backup: ncdesk restore %1 (in the window: File ▸ Restore…).</source>
        <translation>Restaurez la dernière sauvegarde saine&#xa0;: ncdesk restore %1 (dans la fenêtre&#xa0;: Fichier ▸ Restaurer une sauvegarde…).</translation>
    </message>
    <message>
        <source>%1 Or start anew, with an empty database: ncdesk init --new (in the window: Start a new database).</source>
        <translation>%1 Ou repartez de zéro, avec une base de données vide&#xa0;: ncdesk init --new (dans la fenêtre&#xa0;: Commencer une nouvelle base de données).</translation>
    </message>
    <message>
        <source>There is no good backup. To start anew, with an empty database: ncdesk init --new (in the window: Start a new database); ncdesk does not do it by itself.</source>
        <translation>Il n&apos;y a aucune sauvegarde saine. Pour repartir de zéro, avec une base de données vide&#xa0;: ncdesk init --new (dans la fenêtre&#xa0;: Commencer une nouvelle base de données)&#xa0;; ncdesk ne le fait pas de lui-même.</translation>
    </message>
    <message>
        <source>The database of %1 was moved to %2 on %3 because it was damaged; ncdesk does not start a new database by itself.</source>
        <translation>La base de données de %1 a été déplacée vers %2 le %3 parce qu&apos;elle était endommagée&#xa0;; ncdesk ne commence pas de lui-même une nouvelle base de données.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The database of %1 was moved aside as damaged; ncdesk does not start a new database by itself.</source>
        <translation>La base de données de %1 a été mise de côté comme endommagée&#xa0;; ncdesk ne commence pas de lui-même une nouvelle base de données.</translation>
    </message>
    <message>
        <source>The database of the encrypted data folder %1 is missing; ncdesk does not start a new database by itself (it would not be encrypted).</source>
        <translation>La base de données du dossier de données chiffré %1 est manquante&#xa0;; ncdesk ne commence pas de lui-même une nouvelle base de données (elle ne serait pas chiffrée).</translation>
    </message>
    <message>
        <source>Restore the last good backup: ncdesk restore %1 (in the window: Restore the backup). Or start anew, with an empty database: ncdesk init --new (in the window: Start a new database).</source>
        <translation>Restaurez la dernière sauvegarde saine&#xa0;: ncdesk restore %1 (dans la fenêtre&#xa0;: Restaurer la sauvegarde). Ou repartez de zéro, avec une base de données vide&#xa0;: ncdesk init --new (dans la fenêtre&#xa0;: Commencer une nouvelle base de données).</translation>
    </message>
    <message>
        <source>Restore a backup if you have one (ncdesk backups lists them; ncdesk restore FILE), or start anew, with an empty database: ncdesk init --new (in the window: Start a new database).</source>
        <translation>Restaurez une sauvegarde si vous en avez une (ncdesk backups les énumère&#xa0;; ncdesk restore FILE), ou repartez de zéro, avec une base de données vide&#xa0;: ncdesk init --new (dans la fenêtre&#xa0;: Commencer une nouvelle base de données).</translation>
    </message>
    <message>
        <source>The data folder %1 is encrypted: a new database there is encrypted with its passphrase.</source>
        <translation>Le dossier de données %1 est chiffré&#xa0;: une nouvelle base de données y est chiffrée avec sa phrase secrète.</translation>
    </message>
    <message>
        <source>There is a database in %1 already; nothing was changed.</source>
        <translation>Il y a déjà une base de données dans %1&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>A new database is started only where the damaged one was moved aside.</source>
        <translation>Une nouvelle base de données n&apos;est commencée que là où l&apos;ancienne, endommagée, a été mise de côté.</translation>
    </message>
    <message>
        <source>Changes recorded up to number %1 are missing from the database %2 (it ends at number %3): its write-ahead log (-wal) was lost.</source>
        <translation>Des modifications enregistrées jusqu&apos;au numéro %1 manquent dans la base de données %2 (elle s&apos;arrête au numéro %3)&#xa0;: son journal d&apos;écriture anticipée (-wal) a été perdu.</translation>
    </message>
    <message>
        <source>The database file %1 is empty (0 bytes).</source>
        <translation>Le fichier de base de données %1 est vide (0 octet).</translation>
    </message>
    <message>
        <source>The damaged file was moved to %1; nothing was deleted.</source>
        <translation>Le fichier endommagé a été déplacé dans %1&#xa0;; rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>The database is in use by another ncdesk%1.</source>
        <translation>La base de données est utilisée par un autre ncdesk%1.</translation>
    </message>
    <message>
        <source>The database cannot be written%1.</source>
        <translation>La base de données ne peut pas être écrite%1.</translation>
    </message>
    <message>
        <source>The disk is full%1.</source>
        <translation>Le disque est plein%1.</translation>
    </message>
    <message>
        <source>The database file is damaged or not an ncdesk database%1.</source>
        <translation>Le fichier de la base de données est endommagé ou n&apos;est pas une base de données ncdesk%1.</translation>
    </message>
    <message>
        <source>The database file cannot be opened%1.</source>
        <translation>Le fichier de la base de données ne peut pas être ouvert%1.</translation>
    </message>
    <message>
        <source>The disk reported an input/output error%1.</source>
        <translation>Le disque a signalé une erreur d&apos;entrée/sortie%1.</translation>
    </message>
    <message>
        <source>The database is damaged: the column %1 holds text that is not valid UTF-8%2.</source>
        <translation>La base de données est endommagée&#xa0;: la colonne %1 contient du texte qui n&apos;est pas de l&apos;UTF-8 valide%2.</translation>
    </message>
    <message>
        <source>Choose a data folder with a shorter path, with --data-dir (or NCDESK_DATA_DIR).</source>
        <translation>Choisissez un dossier de données dont le chemin est plus court, avec --data-dir (ou NCDESK_DATA_DIR).</translation>
    </message>
    <message>
        <source>The path of the data folder is too long (%1 bytes; at most %2): its database and backups could not be written (%3).</source>
        <translation>Le chemin du dossier de données est trop long (%1 octets&#xa0;; au plus %2)&#xa0;: sa base de données et ses sauvegardes n&apos;ont pas pu être écrites (%3).</translation>
    </message>
    <message>
        <source>the workbook&apos;s XML declares entities or a DTD (an XML bomb?), in %1; refused unread</source>
        <translation>le XML du classeur déclare des entités ou une DTD (une bombe XML&#xa0;?), dans %1&#xa0;; refusé sans être lu</translation>
    </message>
    <message>
        <source>The passphrase is one of the commonest or close to one: it would be guessed at once. Add another word or two; uncommon words are best.</source>
        <translation>La phrase secrète est l&apos;une des plus courantes, ou presque&#xa0;: elle serait devinée aussitôt. Ajoutez-y un ou deux mots&#xa0;; le mieux est des mots peu courants.</translation>
    </message>
    <message>
        <source>The passphrase is weak: someone with the laptop could guess it with some effort. A sentence of four or more uncommon words is much safer.</source>
        <translation>La phrase secrète est faible&#xa0;: quelqu&apos;un qui aurait l&apos;ordinateur portable pourrait la deviner avec un peu d&apos;effort. Une phrase de quatre mots peu courants ou plus est bien plus sûre.</translation>
    </message>
    <message>
        <source>Run ncdesk check to see where, then ncdesk check --repair to mend it (the damaged characters become �); or restore the last good backup: ncdesk restore %1.</source>
        <translation>Lancez ncdesk check pour voir où, puis ncdesk check --repair pour la réparer (les caractères endommagés deviennent �)&#xa0;; ou restaurez la dernière sauvegarde saine&#xa0;: ncdesk restore %1.</translation>
    </message>
    <message>
        <source>Run ncdesk check to see where, then ncdesk check --repair to mend it (the damaged characters become �).</source>
        <translation>Lancez ncdesk check pour voir où, puis ncdesk check --repair pour la réparer (les caractères endommagés deviennent �).</translation>
    </message>
    <message>
        <source>Free some space or close the other program using the database, then export again to record it.</source>
        <translation>Libérez de l&apos;espace ou fermez l&apos;autre programme qui utilise la base de données, puis exportez de nouveau pour l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>%1 was written, but the export could not be recorded in the history: %2</source>
        <translation>%1 a été écrit, mais l&apos;export n&apos;a pas pu être consigné dans l&apos;historique&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was changed. Edit the record itself instead.</source>
        <translation>Rien n&apos;a été modifié. Modifiez plutôt la fiche elle-même.</translation>
    </message>
    <message>
        <source>No change %1 in the history.</source>
        <translation>Aucune modification %1 dans l&apos;historique.</translation>
    </message>
    <message>
        <source>%1 wrote a file, which the database cannot take back; delete the file if it should not exist (the history keeps the record of the export).</source>
        <translation>%1 a écrit un fichier, que la base de données ne peut pas reprendre&#xa0;; supprimez le fichier s&apos;il ne doit pas exister (l&apos;historique garde la trace de l&apos;export).</translation>
    </message>
    <message>
        <source>The change %1 wrote nothing; there is nothing to revert.</source>
        <translation>La modification %1 n&apos;a rien écrit&#xa0;; il n&apos;y a rien à annuler.</translation>
    </message>
    <message>
        <source>Cannot revert a change to %1.</source>
        <translation>Impossible d&apos;annuler une modification de %1.</translation>
    </message>
    <message>
        <source>Cannot revert %1: the record it added is gone.</source>
        <translation>Impossible d&apos;annuler %1&#xa0;: la fiche ajoutée n&apos;existe plus.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Il n&apos;y a rien à annuler.</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>Il n&apos;y a rien à rétablir.</translation>
    </message>
    <message>
        <source>Cannot revert %1: the record exists again.</source>
        <translation>Impossible d&apos;annuler %1&#xa0;: la fiche existe de nouveau.</translation>
    </message>
    <message>
        <source>Cannot revert %1: the record it changed is gone.</source>
        <translation>Impossible d&apos;annuler %1&#xa0;: la fiche modifiée n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Cannot revert %1: %2 was changed again since.</source>
        <translation>Impossible d&apos;annuler %1&#xa0;: le champ «&#xa0;%2&#xa0;» a été modifié depuis.</translation>
    </message>
    <message>
        <source>Cannot revert %1: records added since refer to what it added.</source>
        <translation>Impossible d&apos;annuler %1&#xa0;: des fiches ajoutées depuis renvoient à ce qu&apos;elle a ajouté.</translation>
    </message>
    <message>
        <source>Close the other ncdesk (window or command) using this data folder, then try again.</source>
        <translation>Fermez l&apos;autre ncdesk (fenêtre ou commande) qui utilise ce dossier de données, puis réessayez.</translation>
    </message>
    <message>
        <source>%1, process %2 on %3</source>
        <translation>%1, processus %2 sur %3</translation>
    </message>
    <message>
        <source>%1, process %2</source>
        <translation>%1, processus %2</translation>
    </message>
    <message>
        <source>ncdesk is already open on this data folder (%1).</source>
        <translation>ncdesk est déjà ouvert sur ce dossier de données (%1).</translation>
    </message>
    <message>
        <source>ncdesk is already open on this data folder (%1, since %2).</source>
        <translation>ncdesk est déjà ouvert sur ce dossier de données (%1, depuis %2).</translation>
    </message>
    <message>
        <source>No %1 with id %2.</source>
        <translation>Aucune fiche %1 d&apos;identifiant %2.</translation>
    </message>
    <message>
        <source>These are one record already: there is nothing to merge.</source>
        <translation>Il s&apos;agit déjà d&apos;une seule fiche&#xa0;: il n&apos;y a rien à fusionner.</translation>
    </message>
    <message>
        <source>%1 has no field %2</source>
        <translation>%1 n&apos;a pas de champ %2</translation>
    </message>
    <message>
        <source>no State given</source>
        <translation>aucun État n&apos;est indiqué</translation>
    </message>
    <message>
        <source>%1 matches several States: %2; say which</source>
        <translation>%1 correspond à plusieurs États&#xa0;: %2&#xa0;; précisez lequel</translation>
    </message>
    <message>
        <source>unknown State %1</source>
        <translation>État inconnu %1</translation>
    </message>
    <message>
        <source>unknown State %1; closest: %2</source>
        <translation>État inconnu %1&#xa0;; les plus proches&#xa0;: %2</translation>
    </message>
    <message>
        <source>no person given</source>
        <translation>aucune personne n&apos;est indiquée</translation>
    </message>
    <message>
        <source>%1 matches several persons: %2; say which</source>
        <translation>%1 correspond à plusieurs personnes&#xa0;: %2&#xa0;; précisez laquelle</translation>
    </message>
    <message>
        <source>unknown person %1</source>
        <translation>personne inconnue %1</translation>
    </message>
    <message>
        <source>unknown person %1; closest: %2</source>
        <translation>personne inconnue %1&#xa0;; les plus proches&#xa0;: %2</translation>
    </message>
    <message>
        <source>no situation given</source>
        <translation>aucune situation n&apos;est indiquée</translation>
    </message>
    <message>
        <source>%1 matches several situations: %2; say which</source>
        <translation>%1 correspond à plusieurs situations&#xa0;: %2&#xa0;; précisez laquelle</translation>
    </message>
    <message>
        <source>unknown situation %1</source>
        <translation>situation inconnue %1</translation>
    </message>
    <message>
        <source>unknown situation %1; closest: %2</source>
        <translation>situation inconnue %1&#xa0;; les plus proches&#xa0;: %2</translation>
    </message>
    <message>
        <source>no case given</source>
        <translation>aucune affaire n&apos;est indiquée</translation>
    </message>
    <message>
        <source>%1 matches several cases: %2; say which</source>
        <translation>%1 correspond à plusieurs affaires&#xa0;: %2&#xa0;; précisez laquelle</translation>
    </message>
    <message>
        <source>unknown case %1</source>
        <translation>affaire inconnue %1</translation>
    </message>
    <message>
        <source>unknown case %1; closest: %2</source>
        <translation>affaire inconnue %1&#xa0;; les plus proches&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: give at least the first 4 characters of the alert&apos;s id</source>
        <translation>%1&#xa0;: donnez au moins les 4 premiers caractères de l&apos;identifiant de l&apos;alerte</translation>
    </message>
    <message>
        <source>no travel alert has an id starting with %1 (see ncdesk alert list)</source>
        <translation>aucune alerte de voyage n&apos;a d&apos;identifiant commençant par %1 (voir ncdesk alert list)</translation>
    </message>
    <message>
        <source>%1 matches %2 alerts; give more characters of the id</source>
        <translation>%1 correspond à %2 alertes&#xa0;; donnez davantage de caractères de l&apos;identifiant</translation>
    </message>
    <message>
        <source>cannot be added: %1</source>
        <translation>ne peut pas être ajoutée&#xa0;: %1</translation>
    </message>
    <message>
        <source>the format is %1; expected %2</source>
        <translation>le format est %1&#xa0;; attendu&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>nombre entier attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>written by a newer ncdesk (format version %1); this ncdesk reads version %2</source>
        <translation>écrit par une version plus récente de ncdesk (version de format %1)&#xa0;; cette version de ncdesk lit la version %2</translation>
    </message>
    <message>
        <source>%1 is not a format version</source>
        <translation>%1 n&apos;est pas une version de format</translation>
    </message>
    <message>
        <source>expected an object of tables, each a list of rows</source>
        <translation>attendu&#xa0;: un objet de tables, chacune étant une liste de lignes</translation>
    </message>
    <message>
        <source>no table</source>
        <translation>aucune table</translation>
    </message>
    <message>
        <source>holds none of the tables of an ncdesk export (found %1)</source>
        <translation>ne contient aucune des tables d&apos;un export ncdesk (trouvé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>expected text or null</source>
        <translation>attendu&#xa0;: du texte ou null</translation>
    </message>
    <message>
        <source>another record already has this value</source>
        <translation>une autre fiche a déjà cette valeur</translation>
    </message>
    <message>
        <source>refers to a record that is neither in the file nor in the database</source>
        <translation>renvoie à une fiche qui n&apos;est ni dans le fichier ni dans la base de données</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>attendu&#xa0;: %1, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected a list of rows, found a JSON %1</source>
        <translation>attendu&#xa0;: une liste de lignes, trouvé&#xa0;: un %1 JSON</translation>
    </message>
    <message>
        <source>expected an object, found a JSON %1</source>
        <translation>attendu&#xa0;: un objet, trouvé&#xa0;: un %1 JSON</translation>
    </message>
    <message>
        <source>expected the record&apos;s id (a UUID of 36 characters)</source>
        <translation>attendu&#xa0;: l&apos;identifiant de la fiche (un UUID de 36 caractères)</translation>
    </message>
    <message>
        <source>this id is already the id of a %1</source>
        <translation>cet identifiant est déjà celui d&apos;une fiche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>recorded here as a %1 record, in the file as a %2 record</source>
        <translation>enregistrée ici comme fiche «&#xa0;%1&#xa0;», dans le fichier comme fiche «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the same id as row %1 of this table, with different content</source>
        <translation>le même identifiant que la ligne %1 de cette table, avec un contenu différent</translation>
    </message>
    <message>
        <source>no column is recognised: the header row must name the columns, or they must be mapped (see the templates; docs/IMPORT_FORMAT.md)</source>
        <translation>aucune colonne n&apos;est reconnue&#xa0;: la ligne d&apos;en-tête doit nommer les colonnes, ou celles-ci doivent être associées (voir les modèles ; docs/IMPORT_FORMAT.md)</translation>
    </message>
    <message>
        <source>State, date and addressee</source>
        <translation>État, date et destinataire</translation>
    </message>
    <message>
        <source>row 1 above the header is not read: %1</source>
        <translation>la ligne 1, au-dessus de l&apos;en-tête, n&apos;est pas lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>rows 1–%1 above the header are not read: %2</source>
        <translation>les lignes 1 à %1, au-dessus de l&apos;en-tête, ne sont pas lues&#xa0;: %2</translation>
    </message>
    <message>
        <source>row %1 is the import template&apos;s example: not imported</source>
        <translation>la ligne %1 est l&apos;exemple du modèle d&apos;importation&#xa0;: non importée</translation>
    </message>
    <message>
        <source>this row is marked as the template&apos;s example (%1) but holds other values: delete that cell to import the row, or delete the row</source>
        <translation>cette ligne est marquée comme l&apos;exemple du modèle (%1) mais contient d&apos;autres valeurs&#xa0;: supprimez cette cellule pour importer la ligne, ou supprimez la ligne</translation>
    </message>
    <message>
        <source>sheet “%1”: %2</source>
        <translation>feuille «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>row %1 repeats the header: not read</source>
        <translation>la ligne %1 répète l&apos;en-tête&#xa0;: non lue</translation>
    </message>
    <message>
        <source>more than %1 merged ranges in a sheet</source>
        <translation>plus de %1 plages fusionnées dans une feuille</translation>
    </message>
    <message>
        <source>a value in column %1, which the header row does not name</source>
        <translation>une valeur dans la colonne %1, que la ligne d&apos;en-tête ne nomme pas</translation>
    </message>
    <message>
        <source>The PDF could not be typeset (%1): %2</source>
        <translation>Le PDF n&apos;a pas pu être composé (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>A card needs a name, such as “Mexico — focal point”.</source>
        <translation>Une carte doit avoir un nom, par exemple «&#xa0;Mexique — point focal&#xa0;».</translation>
    </message>
    <message>
        <source>A card&apos;s name has at most %1 characters; this one has %2.</source>
        <translation>Le nom d&apos;une carte compte au plus %1 caractères&#xa0;; celui-ci en compte %2.</translation>
    </message>
    <message>
        <source>A card&apos;s name is one line of text, without control characters.</source>
        <translation>Le nom d&apos;une carte tient sur une seule ligne de texte, sans caractères de contrôle.</translation>
    </message>
    <message>
        <source>The card is damaged (changed or cut when it was copied): ask its owner to send it again.</source>
        <translation>La carte est endommagée (modifiée ou tronquée lors de la copie)&#xa0;: demandez à son titulaire de la renvoyer.</translation>
    </message>
    <message>
        <source>The card was made by a newer ncdesk (card format %1): update ncdesk, then add it again.</source>
        <translation>La carte a été créée par une version plus récente de ncdesk (format de carte %1)&#xa0;: mettez ncdesk à jour, puis ajoutez-la de nouveau.</translation>
    </message>
    <message>
        <source>No ncdesk card in this text: give the whole card, from %1 to %2.</source>
        <translation>Aucune carte ncdesk dans ce texte&#xa0;: donnez la carte entière, de %1 à %2.</translation>
    </message>
    <message>
        <source>This text holds %1 different cards: add them one at a time.</source>
        <translation>Ce texte contient %1 cartes différentes&#xa0;: ajoutez-les une à une.</translation>
    </message>
    <message>
        <source>This file is not an ncdesk package: nothing was read from it.</source>
        <translation>Ce fichier n&apos;est pas un paquet ncdesk&#xa0;: rien n&apos;y a été lu.</translation>
    </message>
    <message>
        <source>The package is incomplete (cut short, perhaps still being copied): wait until the copy has finished, or ask the sender to send it again.</source>
        <translation>Le paquet est incomplet (tronqué, peut-être encore en cours de copie)&#xa0;: attendez la fin de la copie, ou demandez à l&apos;expéditeur de le renvoyer.</translation>
    </message>
    <message>
        <source>The package is addressed to other focal points, not to this installation: ask the sender to share it to you (with your current card).</source>
        <translation>Le paquet est adressé à d&apos;autres points focaux, pas à cette installation&#xa0;: demandez à l&apos;expéditeur de le partager avec vous (avec votre carte actuelle).</translation>
    </message>
    <message>
        <source>The package is locked with a passphrase (a handover): give the passphrase its sender chose.</source>
        <translation>Le paquet est verrouillé par une phrase secrète (une passation)&#xa0;: donnez la phrase secrète choisie par son expéditeur.</translation>
    </message>
    <message>
        <source>The passphrase does not open this package: type it again (it is case-sensitive), or ask the sender.</source>
        <translation>La phrase secrète n&apos;ouvre pas ce paquet&#xa0;: saisissez-la de nouveau (majuscules et minuscules comptent), ou demandez à l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>The package was made by a newer ncdesk (package format %1; this one reads up to %2): update ncdesk, then receive it again.</source>
        <translation>Le paquet a été créé par une version plus récente de ncdesk (format de paquet %1&#xa0;; celle-ci lit jusqu&apos;au format %2)&#xa0;: mettez ncdesk à jour, puis recevez-le de nouveau.</translation>
    </message>
    <message>
        <source>The package was changed or damaged after it was signed (or the copy is incomplete): nothing was read from it; ask the sender to send it again.</source>
        <translation>Le paquet a été modifié ou endommagé après sa signature (ou la copie est incomplète)&#xa0;: rien n&apos;y a été lu&#xa0;; demandez à l&apos;expéditeur de le renvoyer.</translation>
    </message>
    <message>
        <source>The package is signed by %1 (fingerprint %2), who is not among your contacts: compare the fingerprint with them by phone, then add their card with `ncdesk contact add CARD`.</source>
        <translation>Le paquet est signé par %1 (empreinte %2), qui ne fait pas partie de vos contacts&#xa0;: comparez l&apos;empreinte par téléphone avec votre interlocuteur, puis ajoutez sa carte avec `ncdesk contact add CARTE`.</translation>
    </message>
    <message>
        <source>The package is larger than ncdesk accepts (%1 bytes; at most %2): ask the sender to share fewer changes at a time.</source>
        <translation>Le paquet dépasse la taille acceptée par ncdesk (%1 octets&#xa0;; au plus %2)&#xa0;: demandez à l&apos;expéditeur de partager moins de modifications à la fois.</translation>
    </message>
    <message>
        <source>The record changed since the package was previewed (an edit, or another package received).</source>
        <translation>Les données ont changé depuis l&apos;aperçu du paquet (une modification, ou un autre paquet reçu).</translation>
    </message>
    <message>
        <source>Nothing was changed. Open the package again to see what it would do now.</source>
        <translation>Rien n&apos;a été modifié. Ouvrez de nouveau le paquet pour voir ce qu&apos;il ferait maintenant.</translation>
    </message>
    <message>
        <source>an attached file is malformed</source>
        <translation>un fichier joint est mal formé</translation>
    </message>
    <message>
        <source>an attached file has the name of one already here</source>
        <translation>un fichier joint porte le nom d&apos;un fichier déjà présent ici</translation>
    </message>
    <message>
        <source>an attached file does not match its fingerprint</source>
        <translation>un fichier joint ne correspond pas à son empreinte</translation>
    </message>
    <message>
        <source>its attached files are malformed</source>
        <translation>ses fichiers joints sont mal formés</translation>
    </message>
    <message>
        <source>an attached file has a name ncdesk does not make</source>
        <translation>un fichier joint porte un nom que ncdesk ne crée pas</translation>
    </message>
    <message>
        <source>the file %1 is not text</source>
        <translation>le fichier %1 n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>Nothing was changed. If they publish them (the Secretariat), mark them so: ncdesk contact add CARD --publisher, or in the Team view.</source>
        <translation>Rien n&apos;a été modifié. S&apos;il publie ces versions (le Secrétariat), indiquez-le&#xa0;: ncdesk contact add CARTE --publisher, ou dans la vue Équipe.</translation>
    </message>
    <message>
        <source>Say whom the release is for (contacts).</source>
        <translation>Indiquez à qui la version est destinée (des contacts).</translation>
    </message>
    <message>
        <source>its content is not readable (%1)</source>
        <translation>son contenu est illisible (%1)</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 manque</translation>
    </message>
    <message>
        <source>it was signed by %1 but says it comes from another installation</source>
        <translation>il a été signé par %1 mais se dit issu d&apos;une autre installation</translation>
    </message>
    <message>
        <source>The package was made by a newer ncdesk (release format %1; this ncdesk reads %2).</source>
        <translation>Le paquet a été créé par une version plus récente de ncdesk (format de version %1&#xa0;; cette version de ncdesk lit le format %2).</translation>
    </message>
    <message>
        <source>it holds a file that is not reference data (%1)</source>
        <translation>il contient un fichier qui n&apos;est pas une donnée de référence (%1)</translation>
    </message>
    <message>
        <source>it holds no reference files</source>
        <translation>il ne contient aucun fichier de référence</translation>
    </message>
    <message>
        <source>The package holds the reference release %1, older than the one here (%2).</source>
        <translation>Le paquet contient la version de référence %1, plus ancienne que celle de cet ordinateur (%2).</translation>
    </message>
    <message>
        <source>The package is a reference release, and %1 is not marked as the publisher of reference releases.</source>
        <translation>Le paquet est une version de référence, et %1 n&apos;est pas indiqué comme éditeur des versions de référence.</translation>
    </message>
    <message>
        <source>its reference data is not valid (%1)</source>
        <translation>ses données de référence ne sont pas valides (%1)</translation>
    </message>
    <message>
        <source>Say whom the package is for (a contact), or give a passphrase for a handover.</source>
        <translation>Indiquez à qui le paquet est destiné (un contact), ou donnez une phrase secrète pour une passation.</translation>
    </message>
    <message>
        <source>The package cannot be applied: it was signed by %1 but says it comes from another installation.</source>
        <translation>Le paquet ne peut pas être appliqué&#xa0;: il a été signé par %1 mais se dit issu d&apos;une autre installation.</translation>
    </message>
    <message>
        <source>Nothing was changed. Ask the sender for a new package.</source>
        <translation>Rien n&apos;a été modifié. Demandez un nouveau paquet à l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>The package cannot be applied: its content is not readable (%1).</source>
        <translation>Le paquet ne peut pas être appliqué&#xa0;: son contenu est illisible (%1).</translation>
    </message>
    <message>
        <source>The file %1 is too large for a package (%2 bytes).</source>
        <translation>Le fichier %1 est trop volumineux pour un paquet (%2 octets).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Create it first: ncdesk identity --name NAME.</source>
        <translation>Créez-la d&apos;abord&#xa0;: ncdesk identity --name NOM.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>No contact is called %1 (contacts: %2).</source>
        <translation>Aucun contact ne s&apos;appelle %1 (contacts&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The package cannot be applied: %1.</source>
        <translation>Le paquet ne peut pas être appliqué&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This data folder has no identity for sharing yet.</source>
        <translation>Ce dossier de données n&apos;a pas encore d&apos;identité pour le partage.</translation>
    </message>
    <message>
        <source>This card is this data folder&apos;s own card.</source>
        <translation>Cette carte est celle de ce dossier de données lui-même.</translation>
    </message>
    <message>
        <source>The contact %1 is already recorded with other keys: a card that claims to be theirs with different keys may not come from them.</source>
        <translation>Le contact %1 est déjà enregistré avec d&apos;autres clés&#xa0;: une carte qui se dit la sienne avec des clés différentes ne vient peut-être pas de lui.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with them by phone; if they made new keys, remove the contact first.</source>
        <translation>Comparez l&apos;empreinte par téléphone avec votre interlocuteur&#xa0;; s&apos;il a créé de nouvelles clés, retirez d&apos;abord le contact.</translation>
    </message>
    <message>
        <source>These keys are already the contact %1&apos;s.</source>
        <translation>Ces clés sont déjà celles du contact %1.</translation>
    </message>
    <message>
        <source>%1 has no valid version</source>
        <translation>%1 n&apos;a pas de version valide</translation>
    </message>
    <message>
        <source>it does not hold ncdesk changes</source>
        <translation>il ne contient pas de modifications ncdesk</translation>
    </message>
    <message>
        <source>its format version is missing</source>
        <translation>sa version de format manque</translation>
    </message>
    <message>
        <source>The package was made by a newer ncdesk (changes format %1; this ncdesk reads %2).</source>
        <translation>Le paquet a été créé par une version plus récente de ncdesk (format des modifications %1&#xa0;; cette version de ncdesk lit le format %2).</translation>
    </message>
    <message>
        <source>Nothing was changed. Update ncdesk, then receive it again.</source>
        <translation>Rien n&apos;a été modifié. Mettez ncdesk à jour, puis recevez le paquet de nouveau.</translation>
    </message>
    <message>
        <source>the sender&apos;s name or the date is missing</source>
        <translation>le nom de l&apos;expéditeur ou la date manque</translation>
    </message>
    <message>
        <source>its clock is missing</source>
        <translation>son horloge manque</translation>
    </message>
    <message>
        <source>its records are missing</source>
        <translation>ses fiches manquent</translation>
    </message>
    <message>
        <source>%1 conflict(s) wait for a decision: the same field was changed here and by the sender.</source>
        <translation>%1 conflit(s) en attente de décision&#xa0;: le même champ a été modifié ici et par l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose for each, or receive with --take mine or --take theirs.</source>
        <translation>Rien n&apos;a été modifié. Choisissez pour chacun, ou recevez avec --take mine ou --take theirs.</translation>
    </message>
    <message>
        <source>%1 names several contacts: %2.</source>
        <translation>%1 désigne plusieurs contacts&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Give the whole name.</source>
        <translation>Donnez le nom complet.</translation>
    </message>
    <message>
        <source>%1 is not an id</source>
        <translation>%1 n&apos;est pas un identifiant</translation>
    </message>
    <message>
        <source>%1 is not a record of a known kind</source>
        <translation>%1 n&apos;est pas une fiche d&apos;un type connu</translation>
    </message>
    <message>
        <source>%1 has no valid id</source>
        <translation>%1 n&apos;a pas d&apos;identifiant valide</translation>
    </message>
    <message>
        <source>%1 has no valid origin</source>
        <translation>%1 n&apos;a pas d&apos;origine valide</translation>
    </message>
    <message>
        <source>%1 has no valid user_fields</source>
        <translation>%1 n&apos;a pas de user_fields valide</translation>
    </message>
    <message>
        <source>%1 has no fields</source>
        <translation>%1 n&apos;a pas de champs</translation>
    </message>
    <message>
        <source>removal %1 is malformed</source>
        <translation>la suppression %1 est mal formée</translation>
    </message>
    <message>
        <source>a record refers to one that is neither in the package nor here (%1)</source>
        <translation>une fiche renvoie à une fiche qui n&apos;est ni dans le paquet ni ici (%1)</translation>
    </message>
    <message>
        <source>%1 has no valid %2</source>
        <translation>%1 n&apos;a pas de %2 valide</translation>
    </message>
    <message>
        <source>%1, field %2, is malformed</source>
        <translation>%1, champ %2, est mal formé</translation>
    </message>
    <message>
        <source>%1, field %2, is not a value</source>
        <translation>%1, champ %2, n&apos;est pas une valeur</translation>
    </message>
    <message>
        <source>%1, field %2, is too large</source>
        <translation>%1, champ %2, est trop volumineux</translation>
    </message>
    <message>
        <source>the id %1 is a %2 here, not a %3</source>
        <translation>l&apos;identifiant %1 est ici une fiche «&#xa0;%2&#xa0;», pas «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>The package edits a reference record this ncdesk does not have (%1 %2): the sender has a newer reference release (%3).</source>
        <translation>Le paquet modifie une fiche de référence que cette version de ncdesk n&apos;a pas (%1 %2)&#xa0;: l&apos;expéditeur dispose d&apos;une version plus récente des données de référence (%3).</translation>
    </message>
    <message>
        <source>Nothing was changed. Update ncdesk (its reference data comes with it), then receive it again.</source>
        <translation>Rien n&apos;a été modifié. Mettez ncdesk à jour (ses données de référence l&apos;accompagnent), puis recevez le paquet de nouveau.</translation>
    </message>
    <message>
        <source>a %1 breaks a rule of this database (%2)</source>
        <translation>une fiche «&#xa0;%1&#xa0;» enfreint une règle de cette base de données (%2)</translation>
    </message>
    <message>
        <source>a change to a %1 breaks a rule of this database (%2)</source>
        <translation>une modification d&apos;une fiche «&#xa0;%1&#xa0;» enfreint une règle de cette base de données (%2)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>%1 %2 “%3”</source>
        <translation>%1 %2 «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>a number is too large</source>
        <translation>un nombre est trop grand</translation>
    </message>
    <message>
        <source>a value is not allowed</source>
        <translation>une valeur n&apos;est pas admise</translation>
    </message>
    <message>
        <source>%1 is not a day that exists, written YYYY-MM-DD</source>
        <translation>%1 n&apos;est pas un jour qui existe, écrit AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>the value %1 is not allowed here</source>
        <translation>la valeur %1 n&apos;est pas admise ici</translation>
    </message>
    <message>
        <source>the last day (%1) is before the first (%2)</source>
        <translation>le dernier jour (%1) précède le premier (%2)</translation>
    </message>
    <message>
        <source>mapped to %1, which is not a column of %2</source>
        <translation>associée à %1, qui n&apos;est pas une colonne des %2</translation>
    </message>
    <message>
        <source>%1 is a name used for several States (%2); say which</source>
        <translation>%1 est un nom employé pour plusieurs États (%2) ; précisez lequel</translation>
    </message>
    <message>
        <source>%1 is mapped to %2: %3</source>
        <translation>%1 est associé à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 may be %2 (day first) or %3 (month first): say which the file uses</source>
        <translation>%1 peut être le %2 (jour d&apos;abord) ou le %3 (mois d&apos;abord)&#xa0;: précisez l&apos;ordre du fichier</translation>
    </message>
    <message>
        <source>%1 is not a date when the day comes %2: there is no month %3</source>
        <translation>%1 n&apos;est pas une date si le jour vient %2&#xa0;: il n&apos;y a pas de mois %3</translation>
    </message>
    <message>
        <source>first</source>
        <translation>en premier</translation>
    </message>
    <message>
        <source>second</source>
        <translation>en second</translation>
    </message>
    <message>
        <source>contains an unpaired surrogate (U+D800–U+DFFF), which is not text</source>
        <translation>contient un demi-codet isolé (U+D800–U+DFFF), qui n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>attendu&#xa0;: une liste de textes</translation>
    </message>
    <message>
        <source>expected text, a number or null, found a JSON %1</source>
        <translation>attendu&#xa0;: du texte, un nombre ou null, trouvé&#xa0;: un %1 JSON</translation>
    </message>
    <message>
        <source>the same id as row %1 of the sheet “%2”</source>
        <translation>le même identifiant que la ligne %1 de la feuille «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>duplicate of row %1 of the sheet “%2” (the same %3)</source>
        <translation>doublon de la ligne %1 de la feuille «&#xa0;%2&#xa0;» (identiques&#xa0;: %3)</translation>
    </message>
    <message>
        <source>the columns fit several kinds of record; choose the kind (--kind)</source>
        <translation>les colonnes conviennent à plusieurs types de fiches&#xa0;; choisissez le type (--kind)</translation>
    </message>
    <message>
        <source>the same id as row %1 of this sheet</source>
        <translation>le même identifiant que la ligne %1 de cette feuille</translation>
    </message>
    <message>
        <source>duplicate of row %1 of this sheet (the same %2)</source>
        <translation>doublon de la ligne %1 de cette feuille (identiques&#xa0;: %2)</translation>
    </message>
    <message>
        <source>cannot tell which kind of record this is; as %1 it lacks the column(s) %2 (or choose the kind: --kind)</source>
        <translation>impossible de savoir de quel type de fiches il s&apos;agit&#xa0;; en tant que %1, il manque la ou les colonnes %2 (ou choisissez le type&#xa0;: --kind)</translation>
    </message>
    <message>
        <source>duplicate of a %1 already recorded (the same %2): “%3”, id %4</source>
        <translation>doublon d&apos;une fiche «&#xa0;%1&#xa0;» déjà enregistrée (identiques&#xa0;: %2)&#xa0;: «&#xa0;%3&#xa0;», identifiant %4</translation>
    </message>
    <message>
        <source>the same id as row %1 of this file</source>
        <translation>le même identifiant que la ligne %1 de ce fichier</translation>
    </message>
    <message>
        <source>duplicate of row %1 of this file (the same %2)</source>
        <translation>doublon de la ligne %1 de ce fichier (identiques&#xa0;: %2)</translation>
    </message>
    <message>
        <source>person, destinations and dates</source>
        <translation>personne, destinations et dates</translation>
    </message>
    <message>
        <source>kind, title and dates</source>
        <translation>type, titre et dates</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>ICC document number</source>
        <translation>numéro de document de la CPI</translation>
    </message>
    <message>
        <source>%1 is not a kind that can be imported</source>
        <translation>%1 n&apos;est pas un type de fiche qui peut être importé</translation>
    </message>
    <message>
        <source>stopped after %1 problems; correct these first</source>
        <translation>arrêt après %1 problèmes&#xa0;; corrigez d&apos;abord ceux-ci</translation>
    </message>
    <message>
        <source>sheet “%1” is not read (only the first sheet is, unless sheets are named by kind)</source>
        <translation>la feuille «&#xa0;%1&#xa0;» n&apos;est pas lue (seule la première l&apos;est, sauf si les feuilles portent le nom d&apos;un type)</translation>
    </message>
    <message>
        <source>no rows to import below the header</source>
        <translation>aucune ligne à importer sous l&apos;en-tête</translation>
    </message>
    <message>
        <source>expected a record id (a UUID); leave it empty for a new record</source>
        <translation>attendu&#xa0;: un identifiant de fiche (un UUID)&#xa0;; laissez-le vide pour une nouvelle fiche</translation>
    </message>
    <message>
        <source>sheet “%1” is not read (its name is not one of the kinds imported)</source>
        <translation>la feuille «&#xa0;%1&#xa0;» n&apos;est pas lue (son nom n&apos;est pas celui d&apos;un type importé)</translation>
    </message>
    <message>
        <source>no sheet of %1 in the workbook</source>
        <translation>aucune feuille de %1 dans le classeur</translation>
    </message>
    <message>
        <source>two sheets hold %1</source>
        <translation>deux feuilles contiennent des %1</translation>
    </message>
    <message>
        <source>unknown column; the columns of %1 are: %2</source>
        <translation>colonne inconnue&#xa0;; les colonnes des %1 sont&#xa0;: %2</translation>
    </message>
    <message>
        <source>required column missing</source>
        <translation>colonne obligatoire absente</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <source>this record was deleted; restore it (Edit ▸ Restore) or leave the id empty</source>
        <translation>cette fiche a été supprimée&#xa0;; restaurez-la (Édition ▸ Restaurer cette fiche) ou laissez l&apos;identifiant vide</translation>
    </message>
    <message>
        <source>a closed alert needs its outcome: %1</source>
        <translation>une alerte clôturée doit avoir son issue&#xa0;: %1</translation>
    </message>
    <message>
        <source>nothing was read</source>
        <translation>rien n&apos;a été lu</translation>
    </message>
    <message>
        <source>column %1 has values but no name</source>
        <translation>la colonne %1 a des valeurs mais pas de nom</translation>
    </message>
    <message>
        <source>the same column as “%1”</source>
        <translation>la même colonne que «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>this id belongs to a %1</source>
        <translation>cet identifiant appartient à une fiche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a different %1 is recorded with this id (it differs in: %2); leave the id empty to add it as a new record</source>
        <translation>une autre fiche «&#xa0;%1&#xa0;» est enregistrée avec cet identifiant (différences&#xa0;: %2)&#xa0;; laissez l&apos;identifiant vide pour l&apos;ajouter comme nouvelle fiche</translation>
    </message>
    <message>
        <source>an outcome is recorded only for a closed alert</source>
        <translation>une issue ne se consigne que pour une alerte clôturée</translation>
    </message>
    <message>
        <source>the %1 after those were not checked</source>
        <translation>les %1 suivants n&apos;ont pas été vérifiés</translation>
    </message>
    <message>
        <source>the cell holds %1 characters; at most %2 are read</source>
        <translation>la cellule contient %1 caractères&#xa0;; au plus %2 sont lus</translation>
    </message>
    <message>
        <source>contains the control character %1, which is not text</source>
        <translation>contient le caractère de contrôle %1, qui n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>an object with keys %1</source>
        <translation>un objet de clés %1</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>expected a list of records ([{...}, ...]) or an ncdesk export ({&quot;format&quot;: &quot;ncdesk-export&quot;, ...}); found %1</source>
        <translation>attendu&#xa0;: une liste de fiches ([{...}, ...]) ou un export ncdesk ({&quot;format&quot;: &quot;ncdesk-export&quot;, ...})&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>contains a NUL character on line %1: this is not a text file (or UTF-16 without a BOM)</source>
        <translation>contient un caractère NUL à la ligne %1&#xa0;: ce n&apos;est pas un fichier texte (ou c&apos;est de l&apos;UTF-16 sans BOM)</translation>
    </message>
    <message>
        <source>the first row must name the columns (see the template)</source>
        <translation>la première ligne doit nommer les colonnes (voir le modèle)</translation>
    </message>
    <message>
        <source>the workbook holds %1 parts; at most %2 are read</source>
        <translation>le classeur contient %1 parties&#xa0;; au plus %2 sont lues</translation>
    </message>
    <message>
        <source>the workbook is encrypted or password-protected; save an unprotected copy</source>
        <translation>le classeur est chiffré ou protégé par un mot de passe&#xa0;; enregistrez-en une copie non protégée</translation>
    </message>
    <message>
        <source>the workbook unpacks to %1 bytes; at most %2 are read (a damaged file or a zip bomb)</source>
        <translation>le classeur se décompresse en %1 octets&#xa0;; au plus %2 sont lus (un fichier endommagé ou une bombe zip)</translation>
    </message>
    <message>
        <source>a zip file but not an Excel workbook (.xlsx)</source>
        <translation>un fichier zip, mais pas un classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>more than %1 records; split the file</source>
        <translation>plus de %1 fiches&#xa0;; scindez le fichier</translation>
    </message>
    <message>
        <source>the records have no fields</source>
        <translation>les fiches n&apos;ont aucun champ</translation>
    </message>
    <message>
        <source>the file is %1 bytes; at most %2 are read</source>
        <translation>le fichier fait %1 octets&#xa0;; au plus %2 sont lus</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte %1 on line %2); save it as “CSV UTF-8” (Excel) or “Unicode (UTF-8)” (LibreOffice)</source>
        <translation>le fichier n&apos;est pas du texte UTF-8 (octet %1 à la ligne %2)&#xa0;; enregistrez-le en «&#xa0;CSV UTF-8&#xa0;» (Excel) ou «&#xa0;Unicode (UTF-8)&#xa0;» (LibreOffice)</translation>
    </message>
    <message>
        <source>the file is not valid %1 text (line %2)</source>
        <translation>le fichier n&apos;est pas du texte %1 valide (ligne %2)</translation>
    </message>
    <message>
        <source>cannot be read as CSV: %1</source>
        <translation>ne peut pas être lu comme CSV&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a readable Excel workbook (.xlsx): the file is damaged or truncated (%1)</source>
        <translation>pas un classeur Excel lisible (.xlsx)&#xa0;: le fichier est endommagé ou tronqué (%1)</translation>
    </message>
    <message>
        <source>the part %1 is compressed %2 to 1: refused</source>
        <translation>la partie %1 est compressée %2 pour 1&#xa0;: refusée</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx)</source>
        <translation>un classeur OpenDocument (.ods)&#xa0;; enregistrez-le en classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>not a readable Excel workbook (.xlsx): %1</source>
        <translation>pas un classeur Excel lisible (.xlsx)&#xa0;: %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>le JSON est imbriqué trop profondément</translation>
    </message>
    <message>
        <source>record %1 is a JSON %2; each record must be an object</source>
        <translation>la fiche %1 est un %2 JSON&#xa0;; chaque fiche doit être un objet</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>cannot be read (no permission)</source>
        <translation>ne peut pas être lu (pas d&apos;autorisation)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>the list holds no records</source>
        <translation>la liste ne contient aucune fiche</translation>
    </message>
    <message>
        <source>more than %1 rows; split the file</source>
        <translation>plus de %1 lignes&#xa0;; scindez le fichier</translation>
    </message>
    <message>
        <source>%1 columns; at most %2 are read</source>
        <translation>%1 colonnes&#xa0;; au plus %2 sont lues</translation>
    </message>
    <message>
        <source>the workbook&apos;s XML declares entities or a DTD (an XML bomb?); refused unread</source>
        <translation>le XML du classeur déclare des entités ou une DTD (une bombe XML&#xa0;?)&#xa0;; refusé sans lecture</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>plus de %1 colonnes</translation>
    </message>
    <message>
        <source>more than %1 different keys</source>
        <translation>plus de %1 clés différentes</translation>
    </message>
    <message>
        <source>a JSON %1 here; expected text, a number or a list of texts</source>
        <translation>un %1 JSON ici&#xa0;; attendu&#xa0;: du texte, un nombre ou une liste de textes</translation>
    </message>
    <message>
        <source>%1: the file name must end in .pdf or .docx</source>
        <translation>%1&#xa0;: le nom du fichier doit se terminer par .pdf ou .docx</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 est un dossier&#xa0;; donnez un nom de fichier</translation>
    </message>
    <message>
        <source>the folder %1 does not exist; create it or choose another</source>
        <translation>le dossier %1 n&apos;existe pas&#xa0;; créez-le ou choisissez-en un autre</translation>
    </message>
    <message>
        <source>the alert has no destination State to write to</source>
        <translation>l&apos;alerte n&apos;a aucun État de destination auquel écrire</translation>
    </message>
    <message>
        <source>an Excel 97–2003 workbook (.xls); save it as an Excel workbook (.xlsx)</source>
        <translation>un classeur Excel 97–2003 (.xls)&#xa0;; enregistrez-le en classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>the workbook has no rows</source>
        <translation>le classeur n&apos;a aucune ligne</translation>
    </message>
    <message>
        <source>The data folder %1 is on a network drive%2. SQLite databases can be damaged over a network connection; move the data folder to a local disk.</source>
        <translation>Le dossier de données %1 se trouve sur un lecteur réseau%2. Les bases de données SQLite peuvent être endommagées par une connexion réseau&#xa0;; déplacez le dossier de données sur un disque local.</translation>
    </message>
    <message>
        <source>The data folder %1 is inside %2, a folder synchronised to the cloud. A synchronised copy of an open database can be damaged or leak; move the data folder to an ordinary local folder (ncdesk --data-dir, or NCDESK_DATA_DIR) and keep copies with the backups instead.</source>
        <translation>Le dossier de données %1 se trouve dans %2, un dossier synchronisé avec le nuage. La copie synchronisée d&apos;une base de données ouverte peut être endommagée ou fuir&#xa0;; déplacez le dossier de données dans un dossier local ordinaire (ncdesk --data-dir, ou NCDESK_DATA_DIR) et gardez plutôt des copies avec les sauvegardes.</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>the window</source>
        <translation>la fenêtre</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Court proceedings and findings: States Parties</source>
        <translation>Procédures et constatations de la Cour&#xa0;: États Parties</translation>
    </message>
    <message>
        <source>Court proceedings and findings: States under an obligation to cooperate with the Court pursuant to a decision of the United Nations Security Council</source>
        <translation>Procédures et constatations de la Cour&#xa0;: États tenus de coopérer avec la Cour en vertu d&apos;une décision du Conseil de sécurité de l&apos;Organisation des Nations Unies</translation>
    </message>
    <message>
        <source>Court proceedings and findings: States not Parties</source>
        <translation>Procédures et constatations de la Cour&#xa0;: États non parties</translation>
    </message>
    <message>
        <source>Actions undertaken by the President of the Assembly and the Bureau, States Parties and other stakeholders</source>
        <translation>Mesures prises par la Présidence de l&apos;Assemblée et le Bureau, les États Parties et les autres parties prenantes</translation>
    </message>
    <message>
        <source>The United Nations Security Council</source>
        <translation>Le Conseil de sécurité de l&apos;Organisation des Nations Unies</translation>
    </message>
    <message>
        <source>Consultations on non-cooperation</source>
        <translation>Consultations sur la non-coopération</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Report of the Bureau on non-cooperation (draft)</source>
        <translation>Rapport du Bureau sur la non-coopération (projet)</translation>
    </message>
    <message>
        <source>Period from %1 to %2</source>
        <translation>Période du %1 au %2</translation>
    </message>
    <message>
        <source>the State</source>
        <translation>l&apos;État</translation>
    </message>
    <message>
        <source>In relation to %1, on %2, %3 submitted: “%4”.</source>
        <translation>S&apos;agissant de %1, le %2, l&apos;État concerné (%3) a présenté le document suivant&#xa0;: « %4 ».</translation>
    </message>
    <message>
        <source>the Court</source>
        <translation>la Cour</translation>
    </message>
    <message>
        <source>In relation to %1, on %2, %3 issued a “%4”.</source>
        <translation>S&apos;agissant de %1, le %2, %3 a rendu la décision suivante&#xa0;: « %4 ».</translation>
    </message>
    <message>
        <source>The Presidency of the Court transmitted the decision and referred the matter to the Assembly of States Parties on %1.</source>
        <translation>La Présidence de la Cour a transmis la décision et a renvoyé la question à l&apos;Assemblée des États Parties le %1.</translation>
    </message>
    <message>
        <source>The Chamber deferred its determination as to whether the matter should be referred to the Assembly of States Parties or to the Security Council.</source>
        <translation>La Chambre a reporté sa décision sur le point de savoir si la question devait être renvoyée à l&apos;Assemblée des États Parties ou au Conseil de sécurité.</translation>
    </message>
    <message>
        <source>Article 112, paragraph (2)(f), of the Rome Statute provides that the Assembly shall consider, pursuant to article 87, paragraphs 5 and 7, any question relating to non-cooperation.</source>
        <translation>L&apos;alinéa f) du paragraphe 2 de l&apos;article 112 du Statut de Rome dispose que l&apos;Assemblée examine, conformément aux paragraphes 5 et 7 de l&apos;article 87, toute question relative à la non-coopération.</translation>
    </message>
    <message>
        <source>The present report covers the activities of the Bureau, the President of the Assembly and the focal points on non-cooperation from %1 to %2.</source>
        <translation>Le présent rapport porte sur les activités du Bureau, de la Présidence de l&apos;Assemblée et des points focaux sur la non-coopération du %1 au %2.</translation>
    </message>
    <message>
        <source>The focal points on non-cooperation are %1.</source>
        <translation>Les points focaux sur la non-coopération sont les suivants&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The President of the Assembly, %1 (%2), serves ex officio as focal point for her or his region.</source>
        <translation>La présidence de l&apos;Assemblée, en la personne de %1 (%2), fait office de point focal d&apos;office pour sa région.</translation>
    </message>
    <message>
        <source>Pursuant to article 86 of the Rome Statute, States Parties shall cooperate fully with the Court in its investigation and prosecution of crimes within its jurisdiction; pursuant to article 89, they are obliged to execute the Court&apos;s requests for the arrest and surrender of a person.</source>
        <translation>Conformément à l&apos;article 86 du Statut de Rome, les États Parties coopèrent pleinement avec la Cour dans les enquêtes et poursuites qu&apos;elle mène pour les crimes relevant de sa compétence ; conformément à l&apos;article 89, ils sont tenus de donner suite aux demandes d&apos;arrestation et de remise de la Cour.</translation>
    </message>
    <message>
        <source>No Court proceedings concerning non-cooperation took place in relation to States Parties.</source>
        <translation>Aucune procédure relative à la non-coopération n&apos;a eu lieu devant la Cour à l&apos;égard d&apos;États Parties.</translation>
    </message>
    <message>
        <source>%1 visited %2, a State Party to the Statute (%3), and was arrested.</source>
        <translation>%1 a effectué une visite dans un État Partie au Statut, %2 (%3), et a été arrêté.</translation>
    </message>
    <message>
        <source>%1 visited %2, a State Party to the Statute (%3).</source>
        <translation>%1 a effectué une visite dans un État Partie au Statut, %2 (%3).</translation>
    </message>
    <message>
        <source>%1 visited %2, a State not Party to the Statute (%3), and was arrested.</source>
        <translation>%1 a effectué une visite dans un État non partie au Statut, %2 (%3), et a été arrêté.</translation>
    </message>
    <message>
        <source>%1 visited %2, a State not Party to the Statute (%3).</source>
        <translation>%1 a effectué une visite dans un État non partie au Statut, %2 (%3).</translation>
    </message>
    <message>
        <source>Pursuant to Security Council resolution %1, %2 shall cooperate fully with the Court in %3.</source>
        <translation>Conformément à la résolution %1 du Conseil de sécurité, les États suivants coopèrent pleinement avec la Cour dans %3&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No Court proceedings concerning non-cooperation took place in relation to States under an obligation to cooperate with the Court pursuant to a decision of the United Nations Security Council.</source>
        <translation>Aucune procédure relative à la non-coopération n&apos;a eu lieu devant la Cour à l&apos;égard d&apos;États tenus de coopérer avec la Cour en vertu d&apos;une décision du Conseil de sécurité de l&apos;Organisation des Nations Unies.</translation>
    </message>
    <message>
        <source>While States not Parties to the Rome Statute have no obligation under it, they are urged to cooperate fully with the Court and the Prosecutor where the Security Council so decides.</source>
        <translation>Si les États non parties au Statut de Rome n&apos;ont aucune obligation en vertu de celui-ci, ils sont instamment invités à coopérer pleinement avec la Cour et le Procureur lorsque le Conseil de sécurité en décide ainsi.</translation>
    </message>
    <message>
        <source>No Court proceedings concerning non-cooperation took place regarding States not Parties to the Statute.</source>
        <translation>Aucune procédure relative à la non-coopération n&apos;a eu lieu devant la Cour à l&apos;égard d&apos;États non parties au Statut.</translation>
    </message>
    <message>
        <source>Prior to the visit of %1 to %2, the President of the Assembly conveyed a letter, dated %3, to the %4</source>
        <translation>Avant la visite de %1 (%2), la Présidence de l&apos;Assemblée a adressé une lettre datée du %3 au %4</translation>
    </message>
    <message>
        <source>The President of the Assembly conveyed a letter, dated %1, to the %2</source>
        <translation>La Présidence de l&apos;Assemblée a adressé une lettre datée du %1 au %2</translation>
    </message>
    <message>
        <source>%1, recalling articles %2 of the Rome Statute</source>
        <translation>%1, rappelant les articles %2 du Statut de Rome</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>The letter was published on %1.</source>
        <translation>La lettre a été publiée le %1.</translation>
    </message>
    <message>
        <source>The letter was published (%1).</source>
        <translation>La lettre a été publiée (%1).</translation>
    </message>
    <message>
        <source>On %1: %2</source>
        <translation>Le %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>In view of the visit of %1 to %2 (%3), the focal points on non-cooperation were activated, in line with the informal Assembly procedures.</source>
        <translation>Compte tenu de la visite de %1 (%2, %3), les points focaux sur la non-coopération ont été mobilisés, conformément aux procédures informelles de l&apos;Assemblée.</translation>
    </message>
    <message>
        <source>No action was recorded for the period.</source>
        <translation>Aucune mesure n&apos;a été enregistrée pour la période.</translation>
    </message>
    <message>
        <source>On %1, the Prosecutor presented to the Security Council the %2.</source>
        <translation>Le %1, le Procureur a présenté au Conseil de sécurité le document suivant&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The Court&apos;s decision of %1 was transmitted to the Security Council (%2, %3).</source>
        <translation>La décision de la Cour du %1 a été transmise au Conseil de sécurité (%2, %3).</translation>
    </message>
    <message>
        <source>No communication on non-cooperation was transmitted to the Security Council during the period.</source>
        <translation>Aucune communication relative à la non-coopération n&apos;a été transmise au Conseil de sécurité pendant la période.</translation>
    </message>
    <message>
        <source>No consultations were recorded for the period.</source>
        <translation>Aucune consultation n&apos;a été enregistrée pour la période.</translation>
    </message>
    <message>
        <source>%1 will be held on %2.</source>
        <translation>%1&#xa0;: se tiendra le %2.</translation>
    </message>
    <message>
        <source>%1 took place on %2.</source>
        <translation>%1&#xa0;: a eu lieu le %2.</translation>
    </message>
    <message>
        <source>The focal points provided updates on their mandate and activities to the New York Working Group on %1.</source>
        <translation>Les points focaux ont fait le point sur leur mandat et leurs activités devant le Groupe de travail de New York le %1.</translation>
    </message>
    <message>
        <source>[Recommendations to be drafted by the focal points.]</source>
        <translation>[Recommandations à rédiger par les points focaux.]</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Rome Statute, articles 86 and 89(1)</source>
        <translation>Statut de Rome, article 86 et paragraphe 1 de l&apos;article 89</translation>
    </message>
    <message>
        <source>Rome Statute, article 127(2)</source>
        <translation>Statut de Rome, paragraphe 2 de l&apos;article 127</translation>
    </message>
    <message>
        <source>%1 was a State Party on %2 (the Statute entered into force for it on %3).</source>
        <translation>%1&#xa0;: État Partie le %2 (le Statut est entré en vigueur à son égard le %3).</translation>
    </message>
    <message>
        <source>%1 is a State Party on %2 (the Statute entered into force for it on %3).</source>
        <translation>%1&#xa0;: État Partie le %2 (le Statut est entré en vigueur à son égard le %3).</translation>
    </message>
    <message>
        <source>%1 will be a State Party on %2 (the Statute entered into force for it on %3).</source>
        <translation>%1&#xa0;: État Partie le %2 (le Statut est entré en vigueur à son égard le %3).</translation>
    </message>
    <message>
        <source>%1 was a State Party on %2: it notified its withdrawal on %3, which takes effect on %4 (article 127(1)); until then it remains bound.</source>
        <translation>%1&#xa0;: État Partie le %2 ; il a notifié son retrait le %3, avec effet au %4 (paragraphe 1 de l&apos;article 127) ; jusqu&apos;à cette date, il reste lié.</translation>
    </message>
    <message>
        <source>%1 is a State Party on %2: it notified its withdrawal on %3, which takes effect on %4 (article 127(1)); until then it remains bound.</source>
        <translation>%1&#xa0;: État Partie le %2 ; il a notifié son retrait le %3, avec effet au %4 (paragraphe 1 de l&apos;article 127) ; jusqu&apos;à cette date, il reste lié.</translation>
    </message>
    <message>
        <source>%1 will be a State Party on %2: it notified its withdrawal on %3, which takes effect on %4 (article 127(1)); until then it remains bound.</source>
        <translation>%1&#xa0;: État Partie le %2 ; il a notifié son retrait le %3, avec effet au %4 (paragraphe 1 de l&apos;article 127) ; jusqu&apos;à cette date, il reste lié.</translation>
    </message>
    <message>
        <source>%1 was not a State Party on %2: its withdrawal took effect on %3.</source>
        <translation>%1&#xa0;: non partie au Statut le %2 ; son retrait a pris effet le %3.</translation>
    </message>
    <message>
        <source>%1 is not a State Party on %2: its withdrawal took effect on %3.</source>
        <translation>%1&#xa0;: non partie au Statut le %2 ; son retrait a pris effet le %3.</translation>
    </message>
    <message>
        <source>%1 will not be a State Party on %2: its withdrawal took effect on %3.</source>
        <translation>%1&#xa0;: non partie au Statut le %2 ; son retrait a pris effet le %3.</translation>
    </message>
    <message>
        <source>%1 was not yet a State Party on %2: it deposited its instrument on %3 and the Statute enters into force for it on %4 (article 126(2)).</source>
        <translation>%1&#xa0;: pas encore État Partie le %2 ; il a déposé son instrument le %3 et le Statut entre en vigueur à son égard le %4 (paragraphe 2 de l&apos;article 126).</translation>
    </message>
    <message>
        <source>%1 is not yet a State Party on %2: it deposited its instrument on %3 and the Statute enters into force for it on %4 (article 126(2)).</source>
        <translation>%1&#xa0;: pas encore État Partie le %2 ; il a déposé son instrument le %3 et le Statut entre en vigueur à son égard le %4 (paragraphe 2 de l&apos;article 126).</translation>
    </message>
    <message>
        <source>%1 will not yet be a State Party on %2: it deposited its instrument on %3 and the Statute enters into force for it on %4 (article 126(2)).</source>
        <translation>%1&#xa0;: pas encore État Partie le %2 ; il a déposé son instrument le %3 et le Statut entre en vigueur à son égard le %4 (paragraphe 2 de l&apos;article 126).</translation>
    </message>
    <message>
        <source>%1 was not yet a State Party on %2: it deposited its instrument on %3 and the Statute enters into force for it later (article 126(2)).</source>
        <translation>%1&#xa0;: pas encore État Partie le %2 ; il a déposé son instrument le %3 et le Statut entrera en vigueur à son égard ultérieurement (paragraphe 2 de l&apos;article 126).</translation>
    </message>
    <message>
        <source>%1 is not yet a State Party on %2: it deposited its instrument on %3 and the Statute enters into force for it later (article 126(2)).</source>
        <translation>%1&#xa0;: pas encore État Partie le %2 ; il a déposé son instrument le %3 et le Statut entrera en vigueur à son égard ultérieurement (paragraphe 2 de l&apos;article 126).</translation>
    </message>
    <message>
        <source>%1 will not yet be a State Party on %2: it deposited its instrument on %3 and the Statute enters into force for it later (article 126(2)).</source>
        <translation>%1&#xa0;: pas encore État Partie le %2 ; il a déposé son instrument le %3 et le Statut entrera en vigueur à son égard ultérieurement (paragraphe 2 de l&apos;article 126).</translation>
    </message>
    <message>
        <source>%1 was not a State Party on %2: it signed the Statute (%3) but has not ratified it.</source>
        <translation>%1&#xa0;: non partie au Statut le %2 ; il a signé le Statut (%3) mais ne l&apos;a pas ratifié.</translation>
    </message>
    <message>
        <source>%1 is not a State Party on %2: it signed the Statute (%3) but has not ratified it.</source>
        <translation>%1&#xa0;: non partie au Statut le %2 ; il a signé le Statut (%3) mais ne l&apos;a pas ratifié.</translation>
    </message>
    <message>
        <source>%1 will not be a State Party on %2: it signed the Statute (%3) but has not ratified it.</source>
        <translation>%1&#xa0;: non partie au Statut le %2 ; il a signé le Statut (%3) mais ne l&apos;a pas ratifié.</translation>
    </message>
    <message>
        <source>%1 was not a State Party on %2.</source>
        <translation>%1&#xa0;: non partie au Statut le %2.</translation>
    </message>
    <message>
        <source>%1 is not a State Party on %2.</source>
        <translation>%1&#xa0;: non partie au Statut le %2.</translation>
    </message>
    <message>
        <source>%1 will not be a State Party on %2.</source>
        <translation>%1&#xa0;: non partie au Statut le %2.</translation>
    </message>
    <message>
        <source>The proceedings in %1 began on %2, before the withdrawal took effect, so %3 is not discharged from cooperating in them (article 127(2)).</source>
        <translation>La procédure dans %1 a commencé le %2, avant que le retrait ne prenne effet ; l&apos;État (%3) n&apos;est donc pas dégagé de l&apos;obligation d&apos;y coopérer (paragraphe 2 de l&apos;article 127).</translation>
    </message>
    <message>
        <source>%1 is bound to cooperate in %2 by the Security Council (%3).</source>
        <translation>%1&#xa0;: tenu de coopérer dans %2 en vertu d&apos;une décision du Conseil de sécurité (%3).</translation>
    </message>
    <message>
        <source>Rome Statute, article 12(3) (declaration lodged on %1)</source>
        <translation>Statut de Rome, paragraphe 3 de l&apos;article 12 (déclaration déposée le %1)</translation>
    </message>
    <message>
        <source>%1 accepted the Court&apos;s jurisdiction by a declaration under article 12(3) lodged on %2, and must therefore cooperate under Part 9.</source>
        <translation>%1&#xa0;: a accepté la compétence de la Cour par une déclaration faite en vertu du paragraphe 3 de l&apos;article 12, déposée le %2, et doit donc coopérer conformément au chapitre IX.</translation>
    </message>
    <message>
        <source>As a State not bound by it, %1 is only urged to cooperate by %2.</source>
        <translation>%1&#xa0;: n&apos;étant pas lié par %2, cet État est seulement instamment invité à coopérer.</translation>
    </message>
    <message>
        <source>%1 has no obligation to cooperate in %2; it may do so voluntarily.</source>
        <translation>%1&#xa0;: aucune obligation de coopérer dans %2 ; cet État peut le faire volontairement.</translation>
    </message>
    <message>
        <source>the person was in the Court&apos;s custody</source>
        <translation>la personne était détenue par la Cour</translation>
    </message>
    <message>
        <source>the person had died</source>
        <translation>la personne était décédée</translation>
    </message>
    <message>
        <source>the warrant had been withdrawn</source>
        <translation>le mandat avait été retiré</translation>
    </message>
    <message>
        <source>The warrant of %1 had not yet been issued.</source>
        <translation>Le mandat du %1 n&apos;avait pas encore été délivré.</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (depuis le %2)</translation>
    </message>
    <message>
        <source>The warrant of %1 was no longer outstanding: %2.</source>
        <translation>Le mandat du %1 n&apos;était plus en vigueur&#xa0;: %2.</translation>
    </message>
    <message>
        <source>An arrest warrant issued on %1 in %2 was outstanding.</source>
        <translation>Un mandat d&apos;arrêt délivré le %1 dans %2 n&apos;était pas exécuté.</translation>
    </message>
    <message>
        <source>An arrest warrant issued on %1 in %2 is outstanding.</source>
        <translation>Un mandat d&apos;arrêt délivré le %1 dans %2 n&apos;est pas exécuté.</translation>
    </message>
    <message>
        <source>It was issued under seal; the day it was unsealed is not recorded.</source>
        <translation>Il a été délivré sous scellés ; la date de la levée des scellés n&apos;est pas enregistrée.</translation>
    </message>
    <message>
        <source>It was under seal on that day; the request binds the States to which it was transmitted.</source>
        <translation>Il était sous scellés à cette date ; la demande lie les États auxquels elle a été transmise.</translation>
    </message>
    <message>
        <source>%1 has been in the Court&apos;s custody since %2.</source>
        <translation>%1 est détenu par la Cour depuis le %2.</translation>
    </message>
    <message>
        <source>%1 has been on interim release granted by the Court since %2, under the Chamber&apos;s conditions.</source>
        <translation>%1 bénéficie depuis le %2 d&apos;une mise en liberté provisoire accordée par la Cour, aux conditions fixées par la Chambre.</translation>
    </message>
    <message>
        <source>%1 was convicted by the Court on %2.</source>
        <translation>%1 a été déclaré coupable par la Cour le %2.</translation>
    </message>
    <message>
        <source>%1 was acquitted by the Court on %2.</source>
        <translation>%1 a été acquitté par la Cour le %2.</translation>
    </message>
    <message>
        <source>The charges against %1 were withdrawn on %2.</source>
        <translation>Les charges retenues contre %1 ont été retirées le %2.</translation>
    </message>
    <message>
        <source>The charges against %1 were vacated on %2.</source>
        <translation>Les charges retenues contre %1 ont été annulées le %2.</translation>
    </message>
    <message>
        <source>The Court declined to confirm the charges against %1 on %2.</source>
        <translation>La Cour a refusé de confirmer les charges retenues contre %1 le %2.</translation>
    </message>
    <message>
        <source>The proceedings against %1 were terminated on %2.</source>
        <translation>Il a été mis fin le %2 à la procédure engagée contre %1.</translation>
    </message>
    <message>
        <source>%1 died on %2.</source>
        <translation>%1 est décédé le %2.</translation>
    </message>
    <message>
        <source>The warrant for %1 was withdrawn on %2.</source>
        <translation>Le mandat visant %1 a été retiré le %2.</translation>
    </message>
    <message>
        <source>%1 was released by the Court on %2.</source>
        <translation>%1 a été libéré par la Cour le %2.</translation>
    </message>
    <message>
        <source>The record gives this status as of %1; the day it began is not recorded.</source>
        <translation>Le dossier indique ce statut à la date du %1 ; le jour où il a commencé n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>%1 was not obliged to arrest and surrender %2 on %3: no longer sought.</source>
        <translation>%1&#xa0;: non tenu d&apos;arrêter et de remettre %2 le %3&#xa0;: la personne n&apos;est plus recherchée.</translation>
    </message>
    <message>
        <source>%1 is not obliged to arrest and surrender %2 on %3: no longer sought.</source>
        <translation>%1&#xa0;: non tenu d&apos;arrêter et de remettre %2 le %3&#xa0;: la personne n&apos;est plus recherchée.</translation>
    </message>
    <message>
        <source>%1 will not be obliged to arrest and surrender %2 on %3: no longer sought.</source>
        <translation>%1&#xa0;: non tenu d&apos;arrêter et de remettre %2 le %3&#xa0;: la personne n&apos;est plus recherchée.</translation>
    </message>
    <message>
        <source>%1 is subject to a summons to appear, not an arrest warrant.</source>
        <translation>%1 fait l&apos;objet d&apos;une citation à comparaître, et non d&apos;un mandat d&apos;arrêt.</translation>
    </message>
    <message>
        <source>No arrest warrant for %1 is recorded.</source>
        <translation>Aucun mandat d&apos;arrêt visant %1 n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>The summons of %1 had not yet been issued.</source>
        <translation>La citation à comparaître du %1 n&apos;avait pas encore été délivrée.</translation>
    </message>
    <message>
        <source>%1 must nonetheless cooperate with the Court in %2 (%3), without arresting.</source>
        <translation>%1 doit néanmoins coopérer avec la Cour dans %2 (%3), sans procéder à une arrestation.</translation>
    </message>
    <message>
        <source>%1 had no arrest warrant for %2 to execute on %3.</source>
        <translation>%1&#xa0;: aucun mandat d&apos;arrêt visant %2 à exécuter le %3.</translation>
    </message>
    <message>
        <source>%1 was last recorded as at large on %2.</source>
        <translation>La dernière information enregistrée, du %2, indique que %1 était en fuite.</translation>
    </message>
    <message>
        <source>%1 was obliged to arrest and surrender %2 on %3 (%4).</source>
        <translation>%1&#xa0;: tenu d&apos;arrêter et de remettre %2 le %3 (%4).</translation>
    </message>
    <message>
        <source>%1 is obliged to arrest and surrender %2 on %3 (%4).</source>
        <translation>%1&#xa0;: tenu d&apos;arrêter et de remettre %2 le %3 (%4).</translation>
    </message>
    <message>
        <source>%1 will be obliged to arrest and surrender %2 on %3 (%4).</source>
        <translation>%1&#xa0;: tenu d&apos;arrêter et de remettre %2 le %3 (%4).</translation>
    </message>
    <message>
        <source>%1 was not obliged to arrest and surrender %2 on %3.</source>
        <translation>%1&#xa0;: non tenu d&apos;arrêter et de remettre %2 le %3.</translation>
    </message>
    <message>
        <source>%1 is not obliged to arrest and surrender %2 on %3.</source>
        <translation>%1&#xa0;: non tenu d&apos;arrêter et de remettre %2 le %3.</translation>
    </message>
    <message>
        <source>%1 will not be obliged to arrest and surrender %2 on %3.</source>
        <translation>%1&#xa0;: non tenu d&apos;arrêter et de remettre %2 le %3.</translation>
    </message>
    <message>
        <source>Rome Statute, article 87(7)</source>
        <translation>Statut de Rome, paragraphe 7 de l&apos;article 87</translation>
    </message>
    <message>
        <source>Rome Statute, article 87(5)(b)</source>
        <translation>Statut de Rome, alinéa b) du paragraphe 5 de l&apos;article 87</translation>
    </message>
    <message>
        <source>A State Party in a situation referred by the Security Council: the matter goes to the Council, and to the Assembly of States Parties, as the Court has done since 2010.</source>
        <translation>État Partie dans une situation déférée par le Conseil de sécurité&#xa0;: la question est renvoyée au Conseil et à l&apos;Assemblée des États Parties, comme le fait la Cour depuis 2010.</translation>
    </message>
    <message>
        <source>A State Party&apos;s failure to comply is referred to the Assembly of States Parties.</source>
        <translation>Le manquement d&apos;un État Partie est renvoyé à l&apos;Assemblée des États Parties.</translation>
    </message>
    <message>
        <source>A State bound by the Security Council&apos;s decision: the matter is referred to the Council.</source>
        <translation>État lié par la décision du Conseil de sécurité&#xa0;: la question est renvoyée au Conseil.</translation>
    </message>
    <message>
        <source>A State not party with an ad hoc arrangement, in a situation referred by the Council: the Court informs the Security Council.</source>
        <translation>État non partie ayant conclu un arrangement ad hoc, dans une situation déférée par le Conseil&#xa0;: la Cour en informe le Conseil de sécurité.</translation>
    </message>
    <message>
        <source>A State not party with an ad hoc arrangement: the Court informs the Assembly of States Parties.</source>
        <translation>État non partie ayant conclu un arrangement ad hoc&#xa0;: la Cour en informe l&apos;Assemblée des États Parties.</translation>
    </message>
    <message>
        <source>The State had no obligation to cooperate, so there is no failure to refer; it can only be urged.</source>
        <translation>L&apos;État n&apos;avait aucune obligation de coopérer&#xa0;: il n&apos;y a donc pas de manquement à renvoyer ; il ne peut qu&apos;être instamment invité à coopérer.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Voyage de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>At large</source>
        <translation>En fuite</translation>
    </message>
    <message>
        <source>In the Court&apos;s custody</source>
        <translation>Détenu par la Cour</translation>
    </message>
    <message>
        <source>On interim release</source>
        <translation>En liberté provisoire</translation>
    </message>
    <message>
        <source>Convicted</source>
        <translation>Déclaré coupable</translation>
    </message>
    <message>
        <source>Acquitted</source>
        <translation>Acquitté</translation>
    </message>
    <message>
        <source>Charges withdrawn</source>
        <translation>Charges retirées</translation>
    </message>
    <message>
        <source>Charges vacated</source>
        <translation>Charges annulées</translation>
    </message>
    <message>
        <source>Charges not confirmed</source>
        <translation>Charges non confirmées</translation>
    </message>
    <message>
        <source>Proceedings terminated</source>
        <translation>Procédure close</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Décédé</translation>
    </message>
    <message>
        <source>Warrant withdrawn</source>
        <translation>Mandat retiré</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Libéré</translation>
    </message>
    <message>
        <source>%1 since %2, as of %3</source>
        <translation>%1 depuis le %2, au %3</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 depuis le %2</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1, au %2</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>faite par vous</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>moved aside as damaged</source>
        <translation>mise de côté comme endommagée</translation>
    </message>
    <message>
        <source>kept: named for recovery</source>
        <translation>conservée&#xa0;: nommée pour la récupération</translation>
    </message>
    <message>
        <source>kept: holds records the database lacks</source>
        <translation>conservée&#xa0;: contient des fiches absentes de la base de données</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>avant une mise à niveau</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1&#xa0;Mo</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1&#xa0;ko</translation>
    </message>
    <message>
        <source>The database was moved aside</source>
        <translation>La base de données a été mise de côté</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>The last good backup is from %1. Restore it (recommended), or start with a new, empty database?</source>
        <translation>La dernière sauvegarde saine date du %1. La restaurer (recommandé), ou commencer une nouvelle base de données vide&#xa0;?</translation>
    </message>
    <message>
        <source>There is no good backup. Start with a new, empty database, or quit and look for a copy?</source>
        <translation>Il n&apos;y a aucune sauvegarde saine. Commencer une nouvelle base de données vide, ou quitter et chercher une copie&#xa0;?</translation>
    </message>
    <message>
        <source>Start a new database</source>
        <translation>Commencer une nouvelle base de données</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exporté</translation>
    </message>
    <message>
        <source>marked %1</source>
        <translation>marqué %1</translation>
    </message>
    <message>
        <source>no marking</source>
        <translation>sans marque</translation>
    </message>
    <message>
        <source>changed outside ncdesk</source>
        <translation>modifié hors de ncdesk</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restauré</translation>
    </message>
    <message>
        <source>and %n earlier change(s)</source>
        <translation>et %n modification(s) antérieure(s)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>un contact</translation>
    </message>
    <message>
        <source>%1: kept ours, %2; not kept, %3&apos;s %4</source>
        <translation>%1&#xa0;: notre valeur conservée, %2&#xa0;; non retenue, celle de %3, %4</translation>
    </message>
    <message>
        <source>%1: took %3&apos;s %4; ours was %2</source>
        <translation>%1&#xa0;: valeur de %3 retenue, %4&#xa0;; la nôtre était %2</translation>
    </message>
    <message>
        <source>Conflicts decided</source>
        <translation>Conflits tranchés</translation>
    </message>
</context>
</TS>
