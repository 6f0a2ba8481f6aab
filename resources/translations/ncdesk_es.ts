<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add a contact</source>
        <translation>Añadir un contacto</translation>
    </message>
    <message>
        <source>Paste the card they sent you (the whole block), or open the card&apos;s file.</source>
        <translation>Pegue la tarjeta que le envió su interlocutor (el bloque completo) o abra el archivo de la tarjeta.</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>Desde un archivo…</translation>
    </message>
    <message>
        <source>Compare these digits with them by phone before you trust the card.</source>
        <translation>Compare estas cifras por teléfono con su interlocutor antes de fiarse de la tarjeta.</translation>
    </message>
    <message>
        <source>as on the card</source>
        <translation>como en la tarjeta</translation>
    </message>
    <message>
        <source>Fingerprint compared</source>
        <translation>Huella comparada</translation>
    </message>
    <message>
        <source>Publisher of reference releases</source>
        <translation>Editor de las versiones de referencia</translation>
    </message>
    <message>
        <source>Card of</source>
        <translation>Tarjeta de</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Call them</source>
        <translation>Nombre del contacto</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Añadir el contacto</translation>
    </message>
    <message>
        <source>Open a contact&apos;s card</source>
        <translation>Abrir la tarjeta de un contacto</translation>
    </message>
</context>
<context>
    <name>AlertActions</name>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Reopen this alert? Its outcome is cleared.</source>
        <translation>¿Reabrir esta alerta? Su resultado se borrará.</translation>
    </message>
    <message>
        <source>President of the Assembly of States Parties</source>
        <translation>Presidente de la Asamblea de los Estados Partes</translation>
    </message>
    <message>
        <source>Visit of %1</source>
        <translation>Visita de %1</translation>
    </message>
    <message>
        <source>Minister of Foreign Affairs</source>
        <translation>Ministro de Relaciones Exteriores</translation>
    </message>
    <message>
        <source>Draft the letter</source>
        <translation>Redactar la carta</translation>
    </message>
    <message>
        <source>Drafted %1</source>
        <translation>%1 redactada</translation>
    </message>
    <message>
        <source>The letter could not be drafted</source>
        <translation>No se pudo redactar la carta</translation>
    </message>
    <message>
        <source>Drafting the letter…</source>
        <translation>Redactando la carta…</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>No backup was made</source>
        <translation>No se hizo ninguna copia de seguridad</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Copia de seguridad en %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Copia de seguridad en curso…</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>La copia de seguridad automática falló: %1</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>%1 restaurado</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>Copia de seguridad antes de cerrar…</translation>
    </message>
    <message>
        <source>Closing ncdesk</source>
        <translation>Cerrando ncdesk</translation>
    </message>
    <message>
        <source>No backup was made on closing</source>
        <translation>No se hizo ninguna copia de seguridad al cerrar</translation>
    </message>
</context>
<context>
    <name>BriefActions</name>
    <message>
        <source>Select States, persons, cases, situations or alerts first.</source>
        <translation>Seleccione primero Estados, personas, causas, situaciones o alertas.</translation>
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
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>The export was not recorded</source>
        <translation>La exportación no se registró</translation>
    </message>
    <message>
        <source>Draft report of the Bureau</source>
        <translation>Proyecto de informe de la Mesa</translation>
    </message>
    <message numerus="yes">
        <source>Meeting pack of %n note(s)</source>
        <translation>
            <numerusform>Carpeta de reunión (notas: %n)</numerusform>
            <numerusform>Carpeta de reunión (notas: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Briefing note: %1</source>
        <translation>Nota informativa: %1</translation>
    </message>
    <message>
        <source>The Bureau&apos;s report on non-cooperation (sections II to VII) for the period below.</source>
        <translation>El informe de la Mesa sobre la falta de cooperación (secciones II a VII) para el período indicado abajo.</translation>
    </message>
    <message>
        <source>Notes on: %1</source>
        <translation>Notas sobre: %1</translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <source>Classification marking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Idioma del documento</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>travel alert %1</source>
        <translation>alerta de viaje %1</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>El período termina (%1) antes de empezar (%2).</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <source>Saved %1 (not recorded in the history)</source>
        <translation>%1 guardado (no registrado en el historial)</translation>
    </message>
    <message>
        <source>The file cannot be written (no permission, or it is open in another program). Any existing file was left as it was.</source>
        <translation>No se puede escribir el archivo (sin permiso, o está abierto en otro programa). Todo archivo existente se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>The document could not be written</source>
        <translation>No se pudo escribir el documento</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Aquí</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Valor del remitente</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mi valor</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar el mío</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tomar el del remitente</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
</context>
<context>
    <name>ClipboardGuard</name>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Se vació el portapapeles.</translation>
    </message>
    <message>
        <source>Copied — the clipboard is cleared in %1 s</source>
        <translation>Copiado: el portapapeles se vaciará dentro de %1 s</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Last package sent</source>
        <translation>Último paquete enviado</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Última recepción</translation>
    </message>
    <message>
        <source>Has our changes up to</source>
        <translation>Tiene nuestros cambios hasta</translation>
    </message>
    <message>
        <source>Compare the fingerprint with them by phone, then mark the contact verified.</source>
        <translation>Compare la huella por teléfono con su interlocutor y luego marque el contacto como verificado.</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ verificado</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>no verificado</translation>
    </message>
    <message>
        <source>✓ reference releases</source>
        <translation>✓ versiones de referencia</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nada todavía</translation>
    </message>
</context>
<context>
    <name>CountLabel</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>Registros: %n</numerusform>
            <numerusform>Registros: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>the visit dates have passed: record the outcome and close the alert</source>
        <translation>las fechas de la visita ya pasaron: registre el resultado y cierre la alerta</translation>
    </message>
    <message>
        <source>verified but not yet shared with the Court (the Assembly asks that it be shared promptly)</source>
        <translation>verificada pero aún no comunicada a la Corte (la Asamblea pide que se comunique sin demora)</translation>
    </message>
    <message>
        <source>the visit is in %n day(s) and no letter has been sent</source>
        <translation>la visita tendrá lugar dentro de %n día(s) y no se ha enviado ninguna carta</translation>
    </message>
    <message>
        <source>the visit is in %n day(s) and the report is not yet verified</source>
        <translation>la visita tendrá lugar dentro de %n día(s) y la información aún no está verificada</translation>
    </message>
    <message>
        <source>New travel alert…</source>
        <translation>Nueva alerta de viaje…</translation>
    </message>
    <message>
        <source>Export calendar (.ics)…</source>
        <translation>Exportar el calendario (.ics)…</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>Visits expected in the next 30 days</source>
        <translation>Visitas previstas en los próximos 30 días</translation>
    </message>
    <message>
        <source>No visit expected in the next 30 days.</source>
        <translation>No se prevé ninguna visita en los próximos 30 días.</translation>
    </message>
    <message>
        <source>obliged to arrest and surrender</source>
        <translation>obligado a detener y entregar</translation>
    </message>
    <message>
        <source>not obliged</source>
        <translation>no obligado</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier finding(s)</source>
        <translation>
            <numerusform>conclusiones anteriores: %n</numerusform>
            <numerusform>conclusiones anteriores: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts needing action</source>
        <translation>Alertas que requieren medidas</translation>
    </message>
    <message>
        <source>Nothing to do on the open alerts.</source>
        <translation>Nada pendiente en las alertas abiertas.</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>No open deadline.</source>
        <translation>Ningún plazo pendiente.</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>vencido hace %n día(s)</numerusform>
            <numerusform>vencido hace %n día(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dentro de %n día(s)</numerusform>
            <numerusform>dentro de %n día(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>The Court’s recent decisions on non-cooperation</source>
        <translation>Decisiones recientes de la Corte sobre la falta de cooperación</translation>
    </message>
    <message>
        <source>Latest recorded visits</source>
        <translation>Últimas visitas registradas</translation>
    </message>
    <message>
        <source>Received from your contacts</source>
        <translation>Recibido de sus contactos</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) updated</source>
        <translation>
            <numerusform>%n campo actualizado</numerusform>
            <numerusform>%n campos actualizados</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <source>Received from %1: %2</source>
        <translation>Recibido de %1: %2</translation>
    </message>
    <message>
        <source>Received records that may be one with yours</source>
        <translation>Registros recibidos que podrían ser uno con los suyos</translation>
    </message>
    <message>
        <source>2 alerts may be the same visit</source>
        <translation>2 alertas podrían referirse a la misma visita</translation>
    </message>
    <message>
        <source>2 letters may be the same letter</source>
        <translation>2 cartas podrían ser la misma carta</translation>
    </message>
    <message>
        <source>2 activities may be the same activity</source>
        <translation>2 actividades podrían ser la misma actividad</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: the Findings view lists them all.</source>
        <translation>
            <numerusform>… y %n más: la vista Conclusiones las muestra todas.</numerusform>
            <numerusform>… y %n más: la vista Conclusiones las muestra todas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: the Travel alerts view lists them all.</source>
        <translation>
            <numerusform>… y %n más: la vista Alertas de viaje las muestra todas.</numerusform>
            <numerusform>… y %n más: la vista Alertas de viaje las muestra todas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 (unverified)</source>
        <translation>%1 (sin verificar)</translation>
    </message>
    <message>
        <source>done on</source>
        <translation>realizado el</translation>
    </message>
    <message>
        <source>OBLIGED to arrest and surrender</source>
        <translation>OBLIGADO a detener y entregar</translation>
    </message>
    <message>
        <source>NOT OBLIGED to arrest and surrender</source>
        <translation>NO OBLIGADO a detener y entregar</translation>
    </message>
    <message>
        <source>On the last day of the visit:</source>
        <translation>El último día de la visita:</translation>
    </message>
    <message>
        <source>Earlier findings against this State</source>
        <translation>Conclusiones anteriores relativas a este Estado</translation>
    </message>
    <message>
        <source>%n earlier, not shown here: show all</source>
        <translation>%n anteriores, no se muestran aquí: mostrar todo</translation>
    </message>
    <message>
        <source>This record was deleted. Use Edit ▸ Restore record to bring it back.</source>
        <translation>Este registro se eliminó. Use Edición ▸ Restaurar el registro para recuperarlo.</translation>
    </message>
    <message>
        <source>changed by you</source>
        <translation>modificado por usted</translation>
    </message>
    <message>
        <source>Reference record; the fields marked ✎ are yours and later reference releases keep them.</source>
        <translation>Registro de referencia; los campos marcados con ✎ son suyos y las versiones posteriores de los datos de referencia los conservan.</translation>
    </message>
    <message>
        <source>Reference record shipped with ncdesk; each fact cites its source.</source>
        <translation>Registro de referencia incluido en ncdesk; cada dato cita su fuente.</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Adjuntar un archivo…</translation>
    </message>
    <message>
        <source>Brief…</source>
        <translation>Nota…</translation>
    </message>
    <message>
        <source>A briefing note on this record, as PDF or Word (Ctrl+B)</source>
        <translation>Una nota informativa sobre este registro, en PDF o Word (Ctrl+B)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Open a record to see it here. Drop a file on a record to attach it.</source>
        <translation>Abra un registro para verlo aquí. Suelte un archivo sobre un registro para adjuntarlo.</translation>
    </message>
    <message>
        <source>Kept on this laptop only: never shared with the other focal points (Edit ▸ Keep on this laptop only).</source>
        <translation>Se mantiene solo en este portátil: nunca se comparte con los demás coordinadores (Edición ▸ Mantener solo en este portátil).</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Add a contact first (Team ▸ Add contact…, from the card they sent you), or share everything with a passphrase for a one-off handover.</source>
        <translation>Añada primero un contacto (Equipo ▸ Añadir un contacto…, a partir de la tarjeta que le envió), o comparta todo con una frase de contraseña para un traspaso puntual.</translation>
    </message>
    <message>
        <source>Wait: another operation is running.</source>
        <translation>Espere: hay otra operación en curso.</translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation>Guardar el paquete</translation>
    </message>
    <message>
        <source>ncdesk package (*.ncpkg)</source>
        <translation>Paquete de ncdesk (*.ncpkg)</translation>
    </message>
    <message>
        <source>Nothing was shared.</source>
        <translation>No se compartió nada.</translation>
    </message>
    <message>
        <source>The package was not written</source>
        <translation>No se escribió el paquete</translation>
    </message>
    <message>
        <source>whoever has the passphrase</source>
        <translation>quien tenga la frase de contraseña</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) shared with %1, in %2</source>
        <translation>
            <numerusform>%n registro compartido con %1, en %2</numerusform>
            <numerusform>%n registros compartidos con %1, en %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Sealing the package…</source>
        <translation>Sellando el paquete…</translation>
    </message>
    <message>
        <source>Making the package…</source>
        <translation>Preparando el paquete…</translation>
    </message>
    <message>
        <source>Receive a package</source>
        <translation>Recibir un paquete</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Opening the package…</source>
        <translation>Abriendo el paquete…</translation>
    </message>
    <message>
        <source>The package was not received</source>
        <translation>No se recibió el paquete</translation>
    </message>
    <message>
        <source>This package is sealed with a passphrase. Type the passphrase it was given with.</source>
        <translation>Este paquete está sellado con una frase de contraseña. Escriba la frase de contraseña que se le comunicó con él.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>%1 is not one of your contacts, so the package cannot be trusted yet. Add them as a contact? You will see their card&apos;s fingerprint, to compare with them by phone first.</source>
        <translation>%1 no figura entre sus contactos, así que todavía no se puede confiar en el paquete. ¿Añadirlo como contacto? Verá la huella de su tarjeta, para compararla antes por teléfono con su interlocutor.</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>Recibiendo…</translation>
    </message>
    <message>
        <source>This package from %1 was received before.</source>
        <translation>Este paquete de %1 ya se había recibido.</translation>
    </message>
    <message>
        <source>Received from %1:</source>
        <translation>Recibido de %1:</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n registro añadido</numerusform>
            <numerusform>%n registros añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) updated</source>
        <translation>
            <numerusform>%n campo actualizado</numerusform>
            <numerusform>%n campos actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n eliminado</numerusform>
            <numerusform>%n eliminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) decided</source>
        <translation>
            <numerusform>%n conflicto resuelto</numerusform>
            <numerusform>%n conflictos resueltos</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchange with the other focal points</source>
        <translation>Intercambio con los demás coordinadores</translation>
    </message>
    <message>
        <source>No exchange folder: packages are shared and received as files (File ▸ Share…, Receive…).</source>
        <translation>Sin carpeta de intercambio: los paquetes se comparten y se reciben como archivos (Archivo ▸ Compartir…, Recibir…).</translation>
    </message>
    <message>
        <source>Exchange folder: %1 (picked up at start and every few minutes).</source>
        <translation>Carpeta de intercambio: %1 (se revisa al iniciar y cada pocos minutos).</translation>
    </message>
    <message>
        <source>Exchange folder: %1 (automatic exchange off).</source>
        <translation>Carpeta de intercambio: %1 (intercambio automático desactivado).</translation>
    </message>
    <message>
        <source>Exchange folder…</source>
        <translation>Carpeta de intercambio…</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) in the exchange folder refused: %1</source>
        <translation>
            <numerusform>%n paquete rechazado en la carpeta de intercambio: %1</numerusform>
            <numerusform>%n paquetes rechazados en la carpeta de intercambio: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) wait for your decision (Team view).</source>
        <translation>
            <numerusform>%n paquete espera su decisión (vista Equipo).</numerusform>
            <numerusform>%n paquetes esperan su decisión (vista Equipo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to the exchange folder.</source>
        <translation>
            <numerusform>%n registro escrito en la carpeta de intercambio.</numerusform>
            <numerusform>%n registros escritos en la carpeta de intercambio.</numerusform>
        </translation>
    </message>
    <message>
        <source>The exchange folder could not be read or written: %1</source>
        <translation>No se pudo leer ni escribir en la carpeta de intercambio: %1</translation>
    </message>
    <message>
        <source>Exchanging…</source>
        <translation>Intercambio en curso…</translation>
    </message>
    <message>
        <source>Kept on this laptop only: never shared.</source>
        <translation>Se mantiene solo en este portátil: nunca se comparte.</translation>
    </message>
    <message>
        <source>Shared with your contacts again.</source>
        <translation>Se vuelve a compartir con sus contactos.</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>Exchange folder</source>
        <translation>Carpeta de intercambio</translation>
    </message>
    <message>
        <source>A folder that your sync tool (OneDrive, SharePoint, Nextcloud, Syncthing) copies between the focal points&apos; laptops. ncdesk writes your packages there, sealed for each contact, and picks up the packages addressed to you.</source>
        <translation>Una carpeta que su herramienta de sincronización (OneDrive, SharePoint, Nextcloud, Syncthing) copia entre los portátiles de los coordinadores. ncdesk deja allí sus paquetes, sellados para cada contacto, y recoge los paquetes dirigidos a usted.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Send and pick up automatically (at start, after changes and every few minutes)</source>
        <translation>Enviar y recoger automáticamente (al iniciar, después de los cambios y cada pocos minutos)</translation>
    </message>
    <message>
        <source>Choose the exchange folder</source>
        <translation>Elegir la carpeta de intercambio</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Export the calendar</source>
        <translation>Exportar el calendario</translation>
    </message>
    <message>
        <source>The calendar was written but not recorded</source>
        <translation>El calendario se escribió, pero no se registró</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to the calendar.</source>
        <translation>
            <numerusform>Eventos escritos en el calendario: %n.</numerusform>
            <numerusform>Eventos escritos en el calendario: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Attach files to this record</source>
        <translation>Adjuntar archivos a este registro</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>Archivos adjuntos: %n.</numerusform>
            <numerusform>Archivos adjuntos: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attaching…</source>
        <translation>Adjuntando…</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>Falta el archivo</translation>
    </message>
    <message>
        <source>The file %1 is no longer in the data folder.</source>
        <translation>El archivo %1 ya no está en la carpeta de datos.</translation>
    </message>
    <message>
        <source>Save a decrypted copy of %1</source>
        <translation>Guardar una copia descifrada de %1</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>No se guardó la copia</translation>
    </message>
    <message>
        <source>Saved a decrypted copy to %1</source>
        <translation>Copia descifrada guardada en %1</translation>
    </message>
    <message>
        <source>Export everything as JSON</source>
        <translation>Exportar todo en JSON</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Open the table of persons, findings, travel alerts, letters or activities first.</source>
        <translation>Abra primero la tabla de personas, conclusiones, alertas de viaje, cartas o actividades.</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exportar como CSV</translation>
    </message>
    <message>
        <source>Export as an Excel workbook</source>
        <translation>Exportar como libro de Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FindingsPlot</name>
    <message>
        <source>Communications on non-cooperation per year, by situation. Click a bar to filter.</source>
        <translation>Comunicaciones sobre la falta de cooperación por año y por situación. Haga clic en una barra para filtrar.</translation>
    </message>
    <message>
        <source>No communications recorded.</source>
        <translation>No hay comunicaciones registradas.</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>All situations</source>
        <translation>Todas las situaciones</translation>
    </message>
    <message>
        <source>All States</source>
        <translation>Todos los Estados</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Todos los años</translation>
    </message>
    <message>
        <source>Referred anywhere</source>
        <translation>Remitida a cualquier órgano</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>nada que importar</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>Importar registros</translation>
    </message>
    <message>
        <source>Choose a CSV, Excel (.xlsx) or JSON file.</source>
        <translation>Elija un archivo CSV, Excel (.xlsx) o JSON.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <source>Kind: from the file</source>
        <translation>Tipo: según el archivo</translation>
    </message>
    <message>
        <source>Save a template…</source>
        <translation>Guardar una plantilla…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import records from a file</source>
        <translation>Importar registros desde un archivo</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Questions: %n to answer before the import (choose in the Answer column)</source>
        <translation>
            <numerusform>&amp;Preguntas: %n por responder antes de la importación (elija en la columna Respuesta)</numerusform>
            <numerusform>&amp;Preguntas: %n por responder antes de la importación (elija en la columna Respuesta)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Questions: all answered (once imported, the answers are kept for files with these columns)</source>
        <translation>&amp;Preguntas: todas respondidas (tras la importación, las respuestas se conservan para los archivos con estas columnas)</translation>
    </message>
    <message>
        <source>Wait until the work in progress finishes.</source>
        <translation>Espere a que termine el trabajo en curso.</translation>
    </message>
    <message numerus="yes">
        <source>%1%2 (%n row(s))</source>
        <translation>
            <numerusform>%1%2 (filas: %n)</numerusform>
            <numerusform>%1%2 (filas: %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): correct them in the file, then choose it again</source>
        <translation>
            <numerusform>Problemas: %n; corríjalos en el archivo y vuelva a elegirlo</numerusform>
            <numerusform>Problemas: %n; corríjalos en el archivo y vuelva a elegirlo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) wait for the answers above</source>
        <translation>
            <numerusform>%n celda(s) esperan las respuestas de arriba</numerusform>
            <numerusform>%n celda(s) esperan las respuestas de arriba</numerusform>
        </translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>No se encontró ningún problema.</translation>
    </message>
    <message>
        <source>%1. Answer the questions below, then import.</source>
        <translation>%1. Responda a las preguntas de abajo y luego importe.</translation>
    </message>
    <message>
        <source>%1. Nothing can be imported until every problem below is corrected in the file.</source>
        <translation>%1. No se puede importar nada hasta que se corrijan en el archivo todos los problemas indicados abajo.</translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n por añadir</numerusform>
            <numerusform>%n por añadir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n por actualizar</numerusform>
            <numerusform>%n por actualizar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already recorded</source>
        <translation>
            <numerusform>%n ya registrado</numerusform>
            <numerusform>%n ya registrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept (newer here)</source>
        <translation>
            <numerusform>%n conservado (más reciente aquí)</numerusform>
            <numerusform>%n conservados (más recientes aquí)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n con problemas</numerusform>
            <numerusform>%n con problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked</source>
        <translation>
            <numerusform>%n sin comprobar</numerusform>
            <numerusform>%n sin comprobar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n problem(s)</source>
        <translation>
            <numerusform>; %n problema</numerusform>
            <numerusform>; %n problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n añadido</numerusform>
            <numerusform>%n añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged (incl. reference)</source>
        <translation>
            <numerusform>%n sin cambios (incl. de referencia)</numerusform>
            <numerusform>%n sin cambios (incl. de referencia)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept (local newer)</source>
        <translation>
            <numerusform>%n conservado (versión local más reciente)</numerusform>
            <numerusform>%n conservados (versión local más reciente)</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Imported: %1. Edit ▸ Undo takes the whole import back.</source>
        <translation>Importado: %1. Edición ▸ Deshacer revierte toda la importación.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s). Edit ▸ Undo takes the whole import back.</source>
        <translation>
            <numerusform>Registros importados: %n. Edición ▸ Deshacer revierte toda la importación.</numerusform>
            <numerusform>Registros importados: %n. Edición ▸ Deshacer revierte toda la importación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: the records changed since the preview.</source>
        <translation>No se importó nada: los registros cambiaron desde la vista previa.</translation>
    </message>
    <message>
        <source>The import did not run</source>
        <translation>La importación no se realizó</translation>
    </message>
    <message>
        <source>Save the import template of %1</source>
        <translation>Guardar la plantilla de importación de %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be written</source>
        <translation>No se pudo escribir la plantilla</translation>
    </message>
</context>
<context>
    <name>LockedPanel</name>
    <message>
        <source>ncdesk is locked</source>
        <translation>ncdesk está bloqueado</translation>
    </message>
    <message>
        <source>The database is closed and its key forgotten. Type the passphrase to go on where you left off.</source>
        <translation>La base de datos está cerrada y su clave olvidada. Escriba la frase de contraseña para continuar donde lo dejó.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ncdesk — non-cooperation</source>
        <translation>ncdesk — falta de cooperación</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Carpeta de datos: %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Situations and cases</source>
        <translation>Situaciones y causas</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Conclusiones</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Estados</translation>
    </message>
    <message>
        <source>Travel alerts</source>
        <translation>Alertas de viaje</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Assembly documents</source>
        <translation>Documentos de la Asamblea</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>New record of this kind…</source>
        <translation>Nuevo registro de este tipo…</translation>
    </message>
    <message>
        <source>&amp;Attach file to this record…</source>
        <translation>&amp;Adjuntar un archivo a este registro…</translation>
    </message>
    <message>
        <source>&amp;Brief this record…</source>
        <translation>&amp;Nota informativa sobre este registro…</translation>
    </message>
    <message>
        <source>Meeting &amp;pack of the selected records…</source>
        <translation>Car&amp;peta de reunión de los registros seleccionados…</translation>
    </message>
    <message>
        <source>Draft &amp;report of the Bureau…</source>
        <translation>Proyecto de &amp;informe de la Mesa…</translation>
    </message>
    <message>
        <source>&amp;Export everything as JSON…</source>
        <translation>&amp;Exportar todo en JSON…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation>Co&amp;mpartir…</translation>
    </message>
    <message>
        <source>Recei&amp;ve…</source>
        <translation>&amp;Recibir…</translation>
    </message>
    <message>
        <source>Exchange &amp;folder…</source>
        <translation>Carpeta de intercambi&amp;o…</translation>
    </message>
    <message>
        <source>Export as E&amp;xcel workbook…</source>
        <translation>Exportar como libro de E&amp;xcel…</translation>
    </message>
    <message>
        <source>Export this table as &amp;CSV…</source>
        <translation>Exportar esta tabla como &amp;CSV…</translation>
    </message>
    <message>
        <source>Save an import &amp;template</source>
        <translation>Guardar una &amp;plantilla de importación</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Res&amp;tore a backup…</source>
        <translation>Res&amp;taurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Open the data &amp;folder</source>
        <translation>Abrir la &amp;carpeta de datos</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Edit this record…</source>
        <translation>&amp;Editar este registro…</translation>
    </message>
    <message>
        <source>Add a &amp;warrant to this person…</source>
        <translation>Añadir una &amp;orden a esta persona…</translation>
    </message>
    <message>
        <source>Add a &amp;party-status event to this State…</source>
        <translation>Añadir un evento de &amp;condición de parte a este Estado…</translation>
    </message>
    <message>
        <source>&amp;Delete this record…</source>
        <translation>&amp;Eliminar este registro…</translation>
    </message>
    <message>
        <source>&amp;Restore this record</source>
        <translation>&amp;Restaurar este registro</translation>
    </message>
    <message>
        <source>&amp;Keep on this laptop only</source>
        <translation>&amp;Mantener solo en este portátil</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Buscar en todo…</translation>
    </message>
    <message>
        <source>&amp;Filter this table</source>
        <translation>&amp;Filtrar esta tabla</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Adelante</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertas</translation>
    </message>
    <message>
        <source>&amp;New travel alert…</source>
        <translation>&amp;Nueva alerta de viaje…</translation>
    </message>
    <message>
        <source>Next &amp;step of this alert…</source>
        <translation>&amp;Siguiente paso de esta alerta…</translation>
    </message>
    <message>
        <source>Shared with the &amp;Court…</source>
        <translation>Comunicada a la &amp;Corte…</translation>
    </message>
    <message>
        <source>Record the President&apos;s &amp;letter…</source>
        <translation>Registrar la &amp;carta de la Presidencia…</translation>
    </message>
    <message>
        <source>&amp;Draft the letter (Word)…</source>
        <translation>Re&amp;dactar la carta (Word)…</translation>
    </message>
    <message>
        <source>&amp;Reopen this alert</source>
        <translation>&amp;Reabrir esta alerta</translation>
    </message>
    <message>
        <source>&amp;Merge with…</source>
        <translation>&amp;Fusionar con…</translation>
    </message>
    <message>
        <source>Add a &amp;procedure step…</source>
        <translation>Añadir un paso del &amp;procedimiento…</translation>
    </message>
    <message>
        <source>Add a dead&amp;line…</source>
        <translation>Añadir un p&amp;lazo…</translation>
    </message>
    <message>
        <source>New &amp;activity…</source>
        <translation>Nueva &amp;actividad…</translation>
    </message>
    <message>
        <source>Export the &amp;calendar (.ics)…</source>
        <translation>Exportar el &amp;calendario (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About ncdesk</source>
        <translation>&amp;Acerca de ncdesk</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>ncdesk — non-cooperation (read-only)</source>
        <translation>ncdesk — falta de cooperación (solo lectura)</translation>
    </message>
    <message>
        <source>That record no longer exists.</source>
        <translation>Ese registro ya no existe.</translation>
    </message>
    <message>
        <source>Reading the table…</source>
        <translation>Leyendo la tabla…</translation>
    </message>
    <message>
        <source>It did not work</source>
        <translation>No funcionó</translation>
    </message>
    <message>
        <source>&lt;b&gt;ncdesk %1&lt;/b&gt;&lt;br&gt;The offline desk of the focal points on non-cooperation of the Assembly of States Parties to the Rome Statute.&lt;br&gt;&lt;br&gt;Data folder: %2&lt;br&gt;Database: %3&lt;br&gt;Reference data: %4</source>
        <translation>&lt;b&gt;ncdesk %1&lt;/b&gt;&lt;br&gt;La herramienta sin conexión de los coordinadores sobre la falta de cooperación de la Asamblea de los Estados Partes en el Estatuto de Roma.&lt;br&gt;&lt;br&gt;Carpeta de datos: %2&lt;br&gt;Base de datos: %3&lt;br&gt;Datos de referencia: %4</translation>
    </message>
    <message>
        <source>About ncdesk</source>
        <translation>Acerca de ncdesk</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge with…</source>
        <translation>Fusionar con…</translation>
    </message>
    <message>
        <source>One record is kept for both: the steps, shares with the Court, letters, destinations, attached files and notes of both. The other is not deleted: its id leads to the one kept.</source>
        <translation>Se conserva un solo registro para ambos, con los pasos, comunicaciones a la Corte, cartas, destinos, archivos adjuntos y notas de los dos. El otro no se elimina: su identificador lleva al conservado.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Merge with:</source>
        <translation>Fusionar con:</translation>
    </message>
    <message>
        <source>No other record to merge with.</source>
        <translation>No hay otro registro con el que fusionar.</translation>
    </message>
    <message>
        <source>No field to choose: they agree where both are set.</source>
        <translation>No hay campo que elegir: coinciden donde ambos tienen valor.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This one&lt;/b&gt;</source>
        <translation>&lt;b&gt;Este&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The other&lt;/b&gt;</source>
        <translation>&lt;b&gt;El otro&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Wait until this is finished: %1</source>
        <translation>Espere a que esto termine: %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Escríbala de nuevo</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Mostrar lo que escribo</translation>
    </message>
    <message>
        <source>At least %1 characters; a sentence you will remember is best. Without the passphrase the data cannot be recovered: nobody, not even the ncdesk team, can open it.</source>
        <translation>Al menos %1 caracteres; lo mejor es una frase que recuerde. Sin la frase de contraseña no se pueden recuperar los datos: nadie, ni siquiera el equipo de ncdesk, puede abrirlos.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Las dos nuevas frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Choose a stronger one, or press OK again to use it anyway.</source>
        <translation>Elija una más segura, o pulse de nuevo Aceptar para usarla de todos modos.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Vista previa: %1</translation>
    </message>
    <message>
        <source>May be one with a record here: %1 (received) and %2 (here)</source>
        <translation>Podría ser uno con un registro de aquí: %1 (recibido) y %2 (aquí)</translation>
    </message>
    <message>
        <source>Receive a package</source>
        <translation>Recibir un paquete</translation>
    </message>
    <message>
        <source>All mine</source>
        <translation>Todos los míos</translation>
    </message>
    <message>
        <source>All theirs</source>
        <translation>Todos los del remitente</translation>
    </message>
    <message>
        <source>The same field was changed here and by the sender. For each, keep yours or take theirs.</source>
        <translation>El mismo campo se modificó aquí y por el remitente. Para cada uno, conserve su valor o tome el del remitente.</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflictos (%1)</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Añadidos (%1)</translation>
    </message>
    <message>
        <source>Updated (%1)</source>
        <translation>Actualizados (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Eliminados (%1)</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recibir</translation>
    </message>
    <message>
        <source>From %1, made %2.</source>
        <translation>De %1, creado el %2.</translation>
    </message>
    <message>
        <source>This package was received before: nothing to do.</source>
        <translation>Este paquete ya se había recibido: no hay nada que hacer.</translation>
    </message>
    <message>
        <source>Reference release %1 (%2 rows) from the publisher: applied like a bundled one, your edits kept.</source>
        <translation>Versión de referencia %1 (%2 filas) del editor: se aplica como una incluida en ncdesk y se conservan sus modificaciones.</translation>
    </message>
    <message>
        <source>It changes nothing here.</source>
        <translation>No cambia nada aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n registro añadido</numerusform>
            <numerusform>%n registros añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) updated</source>
        <translation>
            <numerusform>%n campo actualizado</numerusform>
            <numerusform>%n campos actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n eliminado</numerusform>
            <numerusform>%n eliminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n conflicto por resolver</numerusform>
            <numerusform>%n conflictos por resolver</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) still to decide.</source>
        <translation>
            <numerusform>Queda %n conflicto por resolver.</numerusform>
            <numerusform>Quedan %n conflictos por resolver.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>Por añadir</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>Por actualizar</translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>Ya registrados</translation>
    </message>
    <message>
        <source>Kept (newer here)</source>
        <translation>Conservados (más recientes aquí)</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>Con problemas</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>por añadir</translation>
    </message>
    <message>
        <source>already recorded</source>
        <translation>ya registrado</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>problemas: %n</numerusform>
            <numerusform>problemas: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>no comprobado</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Choose an answer…</source>
        <translation>Elija una respuesta…</translation>
    </message>
    <message>
        <source>F2, or a letter, to choose; Enter to confirm.</source>
        <translation>F2, o una letra, para elegir; Intro para confirmar.</translation>
    </message>
    <message>
        <source>Any column</source>
        <translation>Cualquier columna</translation>
    </message>
    <message>
        <source>Which column is this?</source>
        <translation>¿Qué columna es esta?</translation>
    </message>
    <message>
        <source>In which order are the dates?</source>
        <translation>¿En qué orden están las fechas?</translation>
    </message>
    <message>
        <source>%1: which State?</source>
        <translation>%1: ¿qué Estado?</translation>
    </message>
    <message>
        <source>%1: which person?</source>
        <translation>%1: ¿qué persona?</translation>
    </message>
    <message>
        <source>%1: which situation?</source>
        <translation>%1: ¿qué situación?</translation>
    </message>
    <message>
        <source>%1: which case?</source>
        <translation>%1: ¿qué causa?</translation>
    </message>
    <message>
        <source>%1: which value?</source>
        <translation>%1: ¿qué valor?</translation>
    </message>
    <message>
        <source>answered before, for a file with these columns</source>
        <translation>respondida antes, para un archivo con estas columnas</translation>
    </message>
    <message numerus="yes">
        <source>(%n cell(s))</source>
        <translation>
            <numerusform>(%n celda(s))</numerusform>
            <numerusform>(%n celda(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>Ignorar esta columna</translation>
    </message>
    <message>
        <source>Day first: %1</source>
        <translation>Día primero: %1</translation>
    </message>
    <message>
        <source>Month first: %1</source>
        <translation>Mes primero: %1</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>no es una fecha</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Records of this kind are not added by hand.</source>
        <translation>Los registros de este tipo no se añaden a mano.</translation>
    </message>
    <message>
        <source>Delete “%1”? It disappears from the tables and the search; Edit ▸ Restore brings it back.</source>
        <translation>¿Eliminar «%1»? Desaparece de las tablas y de la búsqueda; Edición ▸ Restaurar lo recupera.</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Eliminar el registro</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Rehecho: %1</translation>
    </message>
    <message>
        <source>It cannot be undone</source>
        <translation>No se puede deshacer</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Deshaciendo…</translation>
    </message>
    <message>
        <source>Redoing…</source>
        <translation>Rehaciendo…</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>party status event</source>
        <translation>evento de condición de parte</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar: %1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nuevo: %1</translation>
    </message>
    <message>
        <source>New %1…</source>
        <translation>Nuevo: %1…</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Abrirlo</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>One per line, e.g. ICC-02/05-01/09-309-ENG</source>
        <translation>Uno por línea, p. ej., ICC-02/05-01/09-309-ENG</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Uno por línea</translation>
    </message>
    <message>
        <source>2025-04-03 / 3 April 2025</source>
        <translation>2025-04-03 / 3 de abril de 2025</translation>
    </message>
    <message>
        <source>3 April 2025, 3–6 April 2025, mid-October 2025, April 2025…</source>
        <translation>3 de abril de 2025, 3–6 de abril de 2025, mediados de octubre de 2025, abril de 2025…</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>To save, complete or correct: %1</source>
        <translation>Para guardar, complete o corrija: %1</translation>
    </message>
    <message>
        <source>Already recorded: open the record, or save this one anyway.</source>
        <translation>Ya registrado: abra el registro o guarde este de todos modos.</translation>
    </message>
    <message>
        <source>obliged to arrest and surrender</source>
        <translation>obligado a detener y entregar</translation>
    </message>
    <message>
        <source>not obliged</source>
        <translation>no obligado</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier finding(s) against it</source>
        <translation>
            <numerusform>conclusiones anteriores en su contra: %n</numerusform>
            <numerusform>conclusiones anteriores en su contra: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Already recorded: %1</source>
        <translation>Ya registrado: %1</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(y %n más)</numerusform>
            <numerusform>(y %n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <source>Not saved: %1 What you typed is still here.</source>
        <translation>No se guardó: %1 Lo que escribió sigue aquí.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Choices</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Type to search, or press Down for a list</source>
        <translation>Escriba para buscar, o pulse Abajo para ver una lista</translation>
    </message>
    <message>
        <source>Type part of a name to find it; Down and Up move in the list, Enter chooses, Escape closes the list. With nothing typed, Down lists the current and the recent ones.</source>
        <translation>Escriba parte de un nombre para encontrarlo; Abajo y Arriba recorren la lista, Intro elige, Escape cierra la lista. Sin escribir nada, Abajo muestra el actual y los recientes.</translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>Mostrar la lista</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Filter (Ctrl+F): words in any field, accents and case ignored</source>
        <translation>Filtrar (Ctrl+F): palabras de cualquier campo, sin distinguir acentos ni mayúsculas</translation>
    </message>
</context>
<context>
    <name>RefListWidget</name>
    <message>
        <source>Type a name, then Enter</source>
        <translation>Escriba un nombre y pulse Intro</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Elegido: %1</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Elegidos</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. What is in ncdesk now is backed up first, so a restore can itself be undone by restoring that copy.</source>
        <translation>Elija la copia de seguridad a la que volver. Primero se hace una copia de lo que hay ahora en ncdesk, de modo que la restauración puede deshacerse restaurando esa copia.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha el</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation>Comprobando las copias de seguridad…</translation>
    </message>
    <message numerus="yes">
        <source>sound, %n record(s)</source>
        <translation>
            <numerusform>íntegra, registros: %n</numerusform>
            <numerusform>íntegra, registros: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT USABLE: </source>
        <translation>NO UTILIZABLE: </translation>
    </message>
    <message>
        <source>There are no backups yet. File ▸ Back up now makes one.</source>
        <translation>Todavía no hay copias de seguridad. Archivo ▸ Copia de seguridad ahora crea una.</translation>
    </message>
    <message>
        <source>Go back to the copy moved aside as damaged on %1? It passed its check. Everything in ncdesk now will be replaced; the present database is backed up first, and the copy stays where it is.</source>
        <translation>¿Volver a la copia apartada como dañada el %1? Ha superado su comprobación. Se sustituirá todo lo que hay ahora en ncdesk; antes se hace una copia de seguridad de la base de datos actual, y la copia se queda donde está.</translation>
    </message>
    <message>
        <source>Go back to the backup of %1? Everything recorded since then will be replaced; the present database is backed up first.</source>
        <translation>¿Volver a la copia de seguridad del %1? Todo lo registrado desde entonces se sustituirá; antes se hace una copia de la base de datos actual.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>No se restauró la copia de seguridad</translation>
    </message>
    <message>
        <source>Restored the backup of %1. The database as it was is kept in %2.</source>
        <translation>Se restauró la copia de seguridad del %1. La base de datos anterior se conserva en %2.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <source>A name, a State, a document number… (accents and case ignored)</source>
        <translation>Un nombre, un Estado, un número de documento… (sin distinguir acentos ni mayúsculas)</translation>
    </message>
    <message>
        <source>Type to search every kind of record. Enter opens the selected result.</source>
        <translation>Escriba para buscar en todos los tipos de registro. Intro abre el resultado seleccionado.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nada coincide con «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>Resultados: %n</numerusform>
            <numerusform>Resultados: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityActions</name>
    <message>
        <source>The records are shown again when it is done. Do not switch the computer off.</source>
        <translation>Los registros se mostrarán de nuevo cuando termine. No apague el ordenador.</translation>
    </message>
    <message>
        <source>Encrypt this database</source>
        <translation>Cifrar esta base de datos</translation>
    </message>
    <message>
        <source>Choose a passphrase. The database, its backups and the files attached to records will be encrypted with it, and ncdesk will ask for it at every start and after the idle lock.</source>
        <translation>Elija una frase de contraseña. La base de datos, sus copias de seguridad y los archivos adjuntos a los registros se cifrarán con ella, y ncdesk la pedirá en cada inicio y tras el bloqueo por inactividad.</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Cifrar</translation>
    </message>
    <message>
        <source>Remove the copies that stay readable?</source>
        <translation>¿Eliminar las copias que siguen siendo legibles?</translation>
    </message>
    <message>
        <source>These copies in the data folder are too damaged to be encrypted: anyone who has this computer&apos;s files could read what is left in them. They may hold records that no backup has; once removed, they are gone.

Remove them?</source>
        <translation>Estas copias de la carpeta de datos están demasiado dañadas para cifrarse: cualquiera que tenga los archivos de este equipo podría leer lo que queda en ellas. Pueden contener registros que no tiene ninguna copia de seguridad; una vez eliminadas, se pierden.

¿Eliminarlas?</translation>
    </message>
    <message>
        <source>The database is encrypted.</source>
        <translation>La base de datos está cifrada.</translation>
    </message>
    <message>
        <source>Delete these files yourself once you no longer need them, or run ncdesk encrypt --remove-unreadable.</source>
        <translation>Elimine usted mismo estos archivos cuando ya no los necesite, o ejecute ncdesk encrypt --remove-unreadable.</translation>
    </message>
    <message>
        <source>Keep the passphrase safe: without it the data cannot be recovered.</source>
        <translation>Guarde la frase de contraseña en un lugar seguro: sin ella no se pueden recuperar los datos.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Type the current passphrase, then the new one twice. The backups are re-encrypted too.</source>
        <translation>Escriba la frase de contraseña actual y luego la nueva dos veces. Las copias de seguridad también se vuelven a cifrar.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Se cambió la frase de contraseña.</translation>
    </message>
    <message>
        <source>Remove the encryption</source>
        <translation>Quitar el cifrado</translation>
    </message>
    <message>
        <source>The database, its backups and attached files will be written in clear: anyone who gets this computer&apos;s files could read them. Remove the encryption?</source>
        <translation>La base de datos, sus copias de seguridad y los archivos adjuntos se escribirán sin cifrar: cualquiera que obtenga los archivos de este equipo podría leerlos. ¿Quitar el cifrado?</translation>
    </message>
    <message>
        <source>Type the passphrase to confirm.</source>
        <translation>Escriba la frase de contraseña para confirmar.</translation>
    </message>
    <message>
        <source>Remove encryption</source>
        <translation>Quitar el cifrado</translation>
    </message>
    <message>
        <source>The database is no longer encrypted.</source>
        <translation>La base de datos ya no está cifrada.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Copia de seguridad en curso…</translation>
    </message>
    <message>
        <source>ncdesk — locked</source>
        <translation>ncdesk — bloqueado</translation>
    </message>
</context>
<context>
    <name>SecurityBox</name>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Encrypt this database…</source>
        <translation>Cifrar esta base de datos…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Remove encryption…</source>
        <translation>Quitar el cifrado…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Lock when idle after</source>
        <translation>Bloquear tras una inactividad de</translation>
    </message>
    <message>
        <source>This database, its backups and attached files are encrypted. ncdesk locks itself when idle and asks for the passphrase again.</source>
        <translation>Esta base de datos, sus copias de seguridad y los archivos adjuntos están cifrados. ncdesk se bloquea tras un período de inactividad y vuelve a pedir la frase de contraseña.</translation>
    </message>
    <message>
        <source>This database is not encrypted: anyone who gets this computer&apos;s files can read it. Encrypt it on a laptop you travel with.</source>
        <translation>Esta base de datos no está cifrada: cualquiera que obtenga los archivos de este equipo puede leerla. Cífrela en un portátil con el que viaje.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>La del sistema (%1)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Classification marking of exports</source>
        <translation>Clasificación de las exportaciones</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation>%1 (no verificado)</translation>
    </message>
    <message>
        <source>Instead: a passphrase for a one-off handover</source>
        <translation>En su lugar: una frase de contraseña para un traspaso puntual</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Escríbala de nuevo</translation>
    </message>
    <message>
        <source>What changed since the last package to them</source>
        <translation>Lo que ha cambiado desde el último paquete que se les envió</translation>
    </message>
    <message>
        <source>Everything (a handover)</source>
        <translation>Todo (un traspaso)</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected record(s)</source>
        <translation>
            <numerusform>El registro seleccionado (%n)</numerusform>
            <numerusform>Los %n registros seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as a file (for e-mail or a USB stick)…</source>
        <translation>Guardar como archivo (para un correo electrónico o una memoria USB)…</translation>
    </message>
    <message>
        <source>Into the exchange folder (%1)</source>
        <translation>En la carpeta de intercambio (%1)</translation>
    </message>
    <message>
        <source>Into the exchange folder (none chosen: File ▸ Exchange folder…)</source>
        <translation>En la carpeta de intercambio (no se ha elegido ninguna: Archivo ▸ Carpeta de intercambio…)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Choose a stronger one, or press Share again to use it anyway.</source>
        <translation>Elija una más segura o vuelva a pulsar Compartir para usarla de todos modos.</translation>
    </message>
    <message>
        <source>Tick at least one contact, or choose a passphrase for a handover.</source>
        <translation>Marque al menos un contacto o elija una frase de contraseña para un traspaso.</translation>
    </message>
</context>
<context>
    <name>SituationsView</name>
    <message>
        <source>Situations, their cases, and the persons in each case</source>
        <translation>Las situaciones, sus causas y las personas de cada causa</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Next step of the travel alert</source>
        <translation>Siguiente paso de la alerta de viaje</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>On</source>
        <translation>El</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Outcome (when closing)</source>
        <translation>Resultado (al cerrar)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>The alert is closed: there is no next step.</source>
        <translation>La alerta está cerrada: no hay paso siguiente.</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>This laptop</source>
        <translation>Este portátil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Copy my card</source>
        <translation>Copiar mi tarjeta</translation>
    </message>
    <message>
        <source>For an e-mail: the card, as text, on the clipboard</source>
        <translation>Para un correo electrónico: la tarjeta, como texto, en el portapapeles</translation>
    </message>
    <message>
        <source>Export my card…</source>
        <translation>Exportar mi tarjeta…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar el nombre…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Añadir un contacto…</translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation>Marcar como verificado</translation>
    </message>
    <message>
        <source>Publisher of reference releases</source>
        <translation>Editor de las versiones de referencia</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Compartir…</translation>
    </message>
    <message>
        <source>Packages in the exchange folder</source>
        <translation>Paquetes en la carpeta de intercambio</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Decidir…</translation>
    </message>
    <message>
        <source>Pick up now</source>
        <translation>Recoger ahora</translation>
    </message>
    <message>
        <source>No identity yet: it is made when you first share, receive or copy your card.</source>
        <translation>Todavía no hay identidad: se crea la primera vez que comparte, recibe o copia su tarjeta.</translation>
    </message>
    <message numerus="yes">
        <source>%1: from %2, %n conflict(s)</source>
        <translation>
            <numerusform>%1: de %2, %n conflicto</numerusform>
            <numerusform>%1: de %2, %n conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) wait for your decision.</source>
        <translation>
            <numerusform>%n paquete espera su decisión.</numerusform>
            <numerusform>%n paquetes esperan su decisión.</numerusform>
        </translation>
    </message>
    <message>
        <source>No exchange folder: File ▸ Exchange folder… chooses one that your sync tool copies.</source>
        <translation>Sin carpeta de intercambio: Archivo ▸ Carpeta de intercambio… permite elegir una que copie su herramienta de sincronización.</translation>
    </message>
    <message>
        <source>Nothing waits. Exchange folder: %1</source>
        <translation>Nada pendiente. Carpeta de intercambio: %1</translation>
    </message>
    <message>
        <source>Export my card</source>
        <translation>Exportar mi tarjeta</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <source>The card was not saved</source>
        <translation>No se guardó la tarjeta</translation>
    </message>
    <message>
        <source>Rename this laptop</source>
        <translation>Cambiar el nombre de este portátil</translation>
    </message>
    <message>
        <source>The name your contacts see on your packages and your card:</source>
        <translation>El nombre que ven sus contactos en sus paquetes y en su tarjeta:</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>No se cambió el nombre</translation>
    </message>
    <message>
        <source>Did you compare the fingerprint of %1 with them (by phone or in person)?

%2</source>
        <translation>¿Ha comparado la huella de %1 con su interlocutor (por teléfono o en persona)?

%2</translation>
    </message>
    <message>
        <source>Remove %1 from the contacts? Their packages will be refused and nothing more is shared with them, until their card is added again.</source>
        <translation>¿Quitar a %1 de los contactos? Sus paquetes se rechazarán y no se compartirá nada más con ese contacto hasta que se vuelva a añadir su tarjeta.</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Quitar el contacto</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>ncdesk cannot open its database</source>
        <translation>ncdesk no puede abrir su base de datos</translation>
    </message>
    <message>
        <source>ncdesk may not write to the data folder %1. Choose another with --data-dir, or ask for access.</source>
        <translation>ncdesk no tiene permiso para escribir en la carpeta de datos %1. Elija otra con --data-dir o solicite acceso.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Carpeta de datos: %1</translation>
    </message>
    <message>
        <source>⚠ Data folder at risk: %1</source>
        <translation>⚠ Carpeta de datos en riesgo: %1</translation>
    </message>
    <message>
        <source>The data folder is at risk</source>
        <translation>La carpeta de datos está en riesgo</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <source>Repair it now? The damaged characters become �; everything else is kept as it is.</source>
        <translation>¿Repararla ahora? Los caracteres dañados se convierten en �; todo lo demás se conserva tal como está.</translation>
    </message>
    <message>
        <source>Unlock ncdesk</source>
        <translation>Desbloquear ncdesk</translation>
    </message>
    <message>
        <source>The database in %1 is encrypted. Type its passphrase.</source>
        <translation>La base de datos de %1 está cifrada. Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <source>The data folder %1 is encrypted: the new database will be too. Type its passphrase.</source>
        <translation>La carpeta de datos %1 está cifrada: la nueva base de datos también lo estará. Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <source>Protect this data with a passphrase?</source>
        <translation>¿Proteger estos datos con una frase de contraseña?</translation>
    </message>
    <message>
        <source>ncdesk can encrypt its database, backups and attached files, so that a lost or stolen laptop gives nothing away. You will type the passphrase when ncdesk starts and after it locks itself when idle. You can also do this later in Settings.

Encrypt now?</source>
        <translation>ncdesk puede cifrar su base de datos, sus copias de seguridad y los archivos adjuntos, para que un portátil perdido o robado no revele nada. Escribirá la frase de contraseña al iniciar ncdesk y cuando se bloquee por inactividad. También puede hacerlo más adelante en Configuración.

¿Cifrar ahora?</translation>
    </message>
</context>
<context>
    <name>briefing</name>
    <message>
        <source>Briefing note</source>
        <translation>Nota informativa</translation>
    </message>
    <message>
        <source>Generated on</source>
        <translation>Preparada el</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>of</source>
        <translation>de</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Meeting pack</source>
        <translation>Carpeta de reunión</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>No hay nada registrado.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>ICC document</source>
        <translation>Documento de la CPI</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Remitida a</translation>
    </message>
    <message>
        <source>Security Council</source>
        <translation>Consejo de Seguridad</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fundamento</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Dictada el</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Warrant or summons</source>
        <translation>Orden de detención o de comparecencia</translation>
    </message>
    <message>
        <source>Standing today</source>
        <translation>Condición actual</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>Grupo regional</translation>
    </message>
    <message>
        <source>Article 12(3) declaration</source>
        <translation>Declaración con arreglo al artículo 12 3)</translation>
    </message>
    <message>
        <source>Bound by the Security Council</source>
        <translation>Obligado por el Consejo de Seguridad</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilidad</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida el</translation>
    </message>
    <message>
        <source>United Nations Treaty Collection, Chapter XVIII.10, Rome Statute of the International Criminal Court (status)</source>
        <translation>Colección de Tratados de las Naciones Unidas, capítulo XVIII.10, Estatuto de Roma de la Corte Penal Internacional (estado)</translation>
    </message>
    <message>
        <source>Assembly procedures relating to non-cooperation, ICC-ASP/17/Res.5, annex II</source>
        <translation>Procedimientos de la Asamblea relativos a la falta de cooperación, ICC-ASP/17/Res.5, anexo II</translation>
    </message>
    <message>
        <source>Toolkit for the implementation of the informal dimension of the Assembly procedures, ICC-ASP/17/31, annex III</source>
        <translation>Conjunto de herramientas para la aplicación de la dimensión oficiosa de los procedimientos de la Asamblea, ICC-ASP/17/31, anexo III</translation>
    </message>
    <message>
        <source>ICC-ASP/23/Res.1, annex I, para. 3(m): travel information to be shared promptly with the Court</source>
        <translation>ICC-ASP/23/Res.1, anexo I, párr. 3 m): la información sobre viajes debe transmitirse sin demora a la Corte</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Ratification</source>
        <translation>Ratificación</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>Adhesión</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Aceptación</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>Succession</source>
        <translation>Sucesión</translation>
    </message>
    <message>
        <source>Entry into force</source>
        <translation>Entrada en vigor</translation>
    </message>
    <message>
        <source>Withdrawal notified</source>
        <translation>Retirada notificada</translation>
    </message>
    <message>
        <source>Withdrawal effective</source>
        <translation>Retirada efectiva</translation>
    </message>
    <message>
        <source>Withdrawal rescinded</source>
        <translation>Retiro revocado</translation>
    </message>
    <message>
        <source>Instrument withdrawn</source>
        <translation>Instrumento retirado</translation>
    </message>
    <message>
        <source>Announced, not notified to the depositary</source>
        <translation>Anunciado, no notificado al depositario</translation>
    </message>
    <message>
        <source>Domestic act, not notified to the depositary</source>
        <translation>Acto interno, no notificado al depositario</translation>
    </message>
    <message>
        <source>Information, not a party event</source>
        <translation>Información, no un hecho relativo a la condición de parte</translation>
    </message>
    <message>
        <source> (read on %1)</source>
        <translation> (consultado el %1)</translation>
    </message>
    <message>
        <source>Record entered in ncdesk on %1</source>
        <translation>Registro introducido en ncdesk el %1</translation>
    </message>
    <message>
        <source>no regional group</source>
        <translation>ningún grupo regional</translation>
    </message>
    <message>
        <source>%1 (unverified)</source>
        <translation>%1 (sin verificar)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>lodged %1</source>
        <translation>presentada el %1</translation>
    </message>
    <message>
        <source>lodged %1 (not accepted)</source>
        <translation>presentada el %1 (no aceptada)</translation>
    </message>
    <message>
        <source>urged to cooperate</source>
        <translation>instado a cooperar</translation>
    </message>
    <message>
        <source>obliged</source>
        <translation>obligado</translation>
    </message>
    <message>
        <source>not obliged</source>
        <translation>no obligado</translation>
    </message>
    <message>
        <source>Whether %1 must arrest and surrender, on %2, each person for whom an arrest warrant is outstanding:</source>
        <translation>Si %1 debe detener y entregar, al %2, a cada persona respecto de la cual hay una orden de detención pendiente:</translation>
    </message>
    <message>
        <source>, appointed %1</source>
        <translation>, nombrado el %1</translation>
    </message>
    <message>
        <source>open: %1</source>
        <translation>abierta: %1</translation>
    </message>
    <message>
        <source>The last %1 of %2 dated events.</source>
        <translation>Los últimos %1 de %2 acontecimientos fechados.</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>También conocido como: %1</translation>
    </message>
    <message>
        <source>%1: to the %2 (%3)</source>
        <translation>%1: al %2 (%3)</translation>
    </message>
    <message>
        <source>No case: the situation only.</source>
        <translation>Ninguna causa: solo la situación.</translation>
    </message>
    <message>
        <source>Referred by the United Nations Security Council</source>
        <translation>Remitida por el Consejo de Seguridad de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Referred by a State Party</source>
        <translation>Remitida por un Estado Parte</translation>
    </message>
    <message>
        <source>Opened by the Prosecutor, proprio motu</source>
        <translation>Abierta por el Fiscal de oficio (proprio motu)</translation>
    </message>
    <message>
        <source>resolution %1</source>
        <translation>(resolución %1)</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>Investigation opened on %1.</source>
        <translation>Investigación abierta el %1.</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 desde el %2</translation>
    </message>
    <message>
        <source>All other States not party are urged to cooperate fully (%1).</source>
        <translation>Se insta a todos los demás Estados que no son partes a cooperar plenamente (%1).</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrada</translation>
    </message>
    <message>
        <source>%1: OBLIGED to arrest and surrender</source>
        <translation>%1: OBLIGADO a detener y entregar</translation>
    </message>
    <message>
        <source>%1: NOT OBLIGED to arrest and surrender</source>
        <translation>%1: NO OBLIGADO a detener y entregar</translation>
    </message>
    <message>
        <source>On the last day of the visit:</source>
        <translation>El último día de la visita:</translation>
    </message>
    <message>
        <source>Earlier findings against %1:</source>
        <translation>Conclusiones anteriores contra %1:</translation>
    </message>
    <message>
        <source>No earlier finding against %1 is recorded.</source>
        <translation>No consta ninguna conclusión anterior contra %1.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>%1: letter of the President to the %2</source>
        <translation>%1: carta de la Presidencia al %2</translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation>, por %1</translation>
    </message>
    <message>
        <source>, to %1</source>
        <translation>, a %1</translation>
    </message>
    <message>
        <source>Not yet shared with the Court. The Assembly asks that information on potential or confirmed travel be shared with the Court promptly by the focal points.</source>
        <translation>Todavía no se ha transmitido a la Corte. La Asamblea pide que los coordinadores transmitan sin demora a la Corte la información sobre viajes posibles o confirmados.</translation>
    </message>
    <message>
        <source>The Court may find under article 87(7) that the State failed to comply and refer the matter; follow its proceedings and record any finding.</source>
        <translation>La Corte puede constatar, con arreglo al artículo 87 7), que el Estado no ha cumplido y remitir la cuestión; seguir sus actuaciones y registrar toda conclusión.</translation>
    </message>
    <message>
        <source>If the matter is referred to the Assembly: Bureau meeting at which the State may present its views (paragraph 14(c)), open letter, plenary debate.</source>
        <translation>Si la cuestión se remite a la Asamblea: reunión de la Mesa en la que el Estado puede exponer sus opiniones (párrafo 14 c)), carta abierta, debate en sesión plenaria.</translation>
    </message>
    <message>
        <source>Report the matter and the steps taken in the Bureau&apos;s annual report on non-cooperation.</source>
        <translation>Informar de la cuestión y de las medidas adoptadas en el informe anual de la Mesa sobre la falta de cooperación.</translation>
    </message>
    <message>
        <source>Verify the information: official programme, the State&apos;s mission, public sources; inform the other focal points and the President.</source>
        <translation>Verificar la información: programa oficial, misión del Estado, fuentes públicas; informar a los demás coordinadores y a la Presidencia.</translation>
    </message>
    <message>
        <source>Share the information with the Court promptly.</source>
        <translation>Transmitir sin demora la información a la Corte.</translation>
    </message>
    <message>
        <source>Activate the focal points, including the good offices of the President of the Assembly.</source>
        <translation>Activar a los coordinadores, incluidos los buenos oficios de la Presidencia de la Asamblea.</translation>
    </message>
    <message>
        <source>Letter of the President to the Minister of Foreign Affairs of %1, recalling its obligations (articles 86 and 89(1) for a State Party); publish it once the visit begins.</source>
        <translation>Carta de la Presidencia al Ministro de Relaciones Exteriores de %1 en la que se recuerden sus obligaciones (artículos 86 y 89 1) en el caso de un Estado Parte); publicarla en cuanto comience la visita.</translation>
    </message>
    <message>
        <source>Contact the destination&apos;s mission through the focal point of its regional group; remind States Parties of the toolkit.</source>
        <translation>Ponerse en contacto con la misión del Estado de destino por conducto del coordinador de su grupo regional; recordar a los Estados Partes el conjunto de herramientas.</translation>
    </message>
    <message>
        <source>After the visit, record the outcome (cancelled, arrested, or took place without arrest).</source>
        <translation>Después de la visita, registrar su resultado (cancelada, detención o visita sin detención).</translation>
    </message>
    <message>
        <source>Focal points on non-cooperation</source>
        <translation>Coordinadores sobre la falta de cooperación</translation>
    </message>
    <message>
        <source>Status under the Rome Statute</source>
        <translation>Condición respecto del Estatuto de Roma</translation>
    </message>
    <message>
        <source>Party status</source>
        <translation>Condición de parte</translation>
    </message>
    <message>
        <source>Obligation to cooperate today</source>
        <translation>Obligación de cooperar hoy</translation>
    </message>
    <message>
        <source>Focal point on non-cooperation</source>
        <translation>Coordinador sobre la falta de cooperación</translation>
    </message>
    <message>
        <source>Findings and communications of the Court</source>
        <translation>Conclusiones y comunicaciones de la Corte</translation>
    </message>
    <message>
        <source>Letters of the President of the Assembly</source>
        <translation>Cartas de la Presidencia de la Asamblea</translation>
    </message>
    <message>
        <source>Travel of persons subject to warrants</source>
        <translation>Viajes de personas sujetas a órdenes</translation>
    </message>
    <message>
        <source>Recent activities</source>
        <translation>Actividades recientes</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Warrants and summonses</source>
        <translation>Órdenes de detención y de comparecencia</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Causas</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Known travels</source>
        <translation>Viajes conocidos</translation>
    </message>
    <message>
        <source>States bound by the Security Council&apos;s decision</source>
        <translation>Estados obligados por la decisión del Consejo de Seguridad</translation>
    </message>
    <message>
        <source>How the situation reached the Court</source>
        <translation>Cómo llegó la situación a la Corte</translation>
    </message>
    <message>
        <source>What is known</source>
        <translation>Lo que se sabe</translation>
    </message>
    <message>
        <source>The destination&apos;s obligation</source>
        <translation>La obligación del Estado de destino</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>Medidas adoptadas</translation>
    </message>
    <message>
        <source>What the Assembly procedures and the toolkit suggest next</source>
        <translation>Lo que sugieren a continuación los procedimientos de la Asamblea y el conjunto de herramientas</translation>
    </message>
    <message>
        <source>Information to the Court</source>
        <translation>Información a la Corte</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Distribución reservada</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>ncdesk: visits and deadlines</source>
        <translation>ncdesk: visitas y plazos</translation>
    </message>
    <message>
        <source>Dates as reported: %1</source>
        <translation>Fechas comunicadas: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>%1: obliged to arrest and surrender</source>
        <translation>%1: obligado a detener y entregar</translation>
    </message>
    <message>
        <source>%1: not obliged to arrest and surrender</source>
        <translation>%1: no obligado a detener y entregar</translation>
    </message>
    <message>
        <source>Visit: %1 to %2</source>
        <translation>Visita de %1 a %2</translation>
    </message>
    <message>
        <source>Visit: %1</source>
        <translation>Visita de %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Plazo: %1</translation>
    </message>
    <message>
        <source>Done on %1.</source>
        <translation>Cumplido el %1.</translation>
    </message>
    <message>
        <source>Overdue.</source>
        <translation>Plazo vencido.</translation>
    </message>
</context>
<context>
    <name>changes</name>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Restaurar %1</translation>
    </message>
    <message>
        <source>Add %1 × %2</source>
        <translation>Añadir %1 × %2</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alerta: %1</translation>
    </message>
    <message>
        <source>Reference data %1</source>
        <translation>Datos de referencia %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Repair: %1 problem(s)</source>
        <translation>Reparación: %1 problema(s)</translation>
    </message>
    <message>
        <source>Reopen travel alert</source>
        <translation>Reabrir la alerta de viaje</translation>
    </message>
    <message>
        <source>Alert shared with the Court</source>
        <translation>Alerta comunicada a la Corte</translation>
    </message>
    <message>
        <source>Record the President&apos;s letter</source>
        <translation>Registrar la carta del Presidente</translation>
    </message>
    <message>
        <source>Received from %1, package %2</source>
        <translation>Recibido de %1, paquete %2</translation>
    </message>
    <message>
        <source>Exported %1 as %2 to %3</source>
        <translation>Exportación: %1 en %2 a %3</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Exportación: %1 a %2</translation>
    </message>
    <message>
        <source>briefing note on %1</source>
        <translation>nota informativa sobre %1</translation>
    </message>
    <message>
        <source>meeting pack of %1 notes (%2)</source>
        <translation>carpeta de reunión de %1 notas (%2)</translation>
    </message>
    <message>
        <source>draft report of the Bureau, %1 to %2</source>
        <translation>proyecto de informe de la Mesa, del %1 al %2</translation>
    </message>
    <message>
        <source>letter draft for %1</source>
        <translation>proyecto de carta para %1</translation>
    </message>
    <message>
        <source>calendar of visits and deadlines</source>
        <translation>calendario de visitas y plazos</translation>
    </message>
    <message>
        <source>every record</source>
        <translation>todos los registros</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>archivo adjunto %1</translation>
    </message>
    <message>
        <source>table of %1</source>
        <translation>tabla de %1</translation>
    </message>
    <message>
        <source>tables of %1</source>
        <translation>tablas de %1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>OBLIGED to arrest and surrender</source>
        <translation>OBLIGADO a detener y entregar</translation>
    </message>
    <message>
        <source>NOT OBLIGED to arrest and surrender</source>
        <translation>NO OBLIGADO a detener y entregar</translation>
    </message>
    <message>
        <source>Logged %1</source>
        <translation>Alerta registrada %1</translation>
    </message>
    <message>
        <source>Alert %1</source>
        <translation>Alerta %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>estado: %1</translation>
    </message>
    <message>
        <source>%1: OBLIGED to arrest and surrender</source>
        <translation>%1: OBLIGADO a detener y entregar</translation>
    </message>
    <message>
        <source>%1: NOT OBLIGED to arrest and surrender</source>
        <translation>%1: NO OBLIGADO a detener y entregar</translation>
    </message>
    <message>
        <source> On the last day: %1</source>
        <translation> El último día: %1</translation>
    </message>
    <message>
        <source>earlier finding %1: %2</source>
        <translation>conclusión anterior de %1: %2</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>etapa de %1: %2</translation>
    </message>
    <message>
        <source>shared with the Court %1 by %2</source>
        <translation>comunicada a la Corte el %1 por %2</translation>
    </message>
    <message>
        <source>letter %1 to %2</source>
        <translation>carta de %1 a %2</translation>
    </message>
</context>
<context>
    <name>guard</name>
    <message>
        <source>More than %1 rows are selected: export the table (File ▸ Export) instead.</source>
        <translation>Hay más de %1 filas seleccionadas: exporte mejor la tabla (Archivo ▸ Exportar).</translation>
    </message>
    <message>
        <source>Nothing is selected to copy.</source>
        <translation>No hay nada seleccionado para copiar.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>ICC number</source>
        <translation>Número de la CPI</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Formal name</source>
        <translation>Nombre oficial</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>Código ISO</translation>
    </message>
    <message>
        <source>ISO code (2 letters)</source>
        <translation>Código ISO (2 letras)</translation>
    </message>
    <message>
        <source>ISO numeric code</source>
        <translation>Código numérico ISO</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>También conocido como</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>Grupo regional</translation>
    </message>
    <message>
        <source>Member of the United Nations</source>
        <translation>Miembro de las Naciones Unidas</translation>
    </message>
    <message>
        <source>How it reached the Court</source>
        <translation>Cómo llegó a la Corte</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Remitida el</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Remitida por</translation>
    </message>
    <message>
        <source>Security Council resolution</source>
        <translation>Resolución del Consejo de Seguridad</translation>
    </message>
    <message>
        <source>Resolution adopted on</source>
        <translation>Resolución aprobada el</translation>
    </message>
    <message>
        <source>Investigation opened on</source>
        <translation>Investigación abierta el</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Causas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Dictada el</translation>
    </message>
    <message>
        <source>ICC document</source>
        <translation>Documento de la CPI</translation>
    </message>
    <message>
        <source>Issued under seal</source>
        <translation>Dictada con carácter secreto</translation>
    </message>
    <message>
        <source>Unsealed on</source>
        <translation>Hecha pública el</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Estado desde</translation>
    </message>
    <message>
        <source>Status as of</source>
        <translation>Estado a fecha de</translation>
    </message>
    <message>
        <source>About the status</source>
        <translation>Acerca del estado</translation>
    </message>
    <message>
        <source>Crimes</source>
        <translation>Crímenes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>ICC document numbers</source>
        <translation>Números de documentos de la CPI</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fundamento</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Remitida a</translation>
    </message>
    <message>
        <source>Transmitted to the Assembly on</source>
        <translation>Transmitida a la Asamblea el</translation>
    </message>
    <message>
        <source>Security Council document</source>
        <translation>Documento del Consejo de Seguridad</translation>
    </message>
    <message>
        <source>Security Council document dated</source>
        <translation>Documento del Consejo de Seguridad de fecha</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Precision of the dates</source>
        <translation>Precisión de las fechas</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Source of the information</source>
        <translation>Fuente de la información</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilidad</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Recibida el</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Sender&apos;s office</source>
        <translation>Cargo del remitente</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Travel alert</source>
        <translation>Alerta de viaje</translation>
    </message>
    <message>
        <source>Articles recalled</source>
        <translation>Artículos recordados</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Publicada el</translation>
    </message>
    <message>
        <source>Published through</source>
        <translation>Publicada a través de</translation>
    </message>
    <message>
        <source>Reply received on</source>
        <translation>Respuesta recibida el</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Appointed on</source>
        <translation>Designado el</translation>
    </message>
    <message>
        <source>Appointed by</source>
        <translation>Designado por</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Terminó el</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Período de sesiones</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Lodged on</source>
        <translation>Presentada el</translation>
    </message>
    <message>
        <source>Covers from</source>
        <translation>Abarca desde</translation>
    </message>
    <message>
        <source>Covers until</source>
        <translation>Abarca hasta</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Warrant status</source>
        <translation>Estado de la orden</translation>
    </message>
    <message>
        <source>First warrant</source>
        <translation>Primera orden</translation>
    </message>
    <message>
        <source>In force since</source>
        <translation>En vigor desde</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Conclusiones</translation>
    </message>
    <message>
        <source>On interim release</source>
        <translation>En libertad provisional</translation>
    </message>
    <message>
        <source>Convicted</source>
        <translation>Condenado</translation>
    </message>
    <message>
        <source>Acquitted</source>
        <translation>Absuelto</translation>
    </message>
    <message>
        <source>Charges withdrawn</source>
        <translation>Cargos retirados</translation>
    </message>
    <message>
        <source>Charges vacated</source>
        <translation>Cargos anulados</translation>
    </message>
    <message>
        <source>Charges not confirmed</source>
        <translation>Cargos no confirmados</translation>
    </message>
    <message>
        <source>Proceedings terminated</source>
        <translation>Procedimiento terminado</translation>
    </message>
    <message>
        <source>Warrant withdrawn</source>
        <translation>Orden retirada</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Puesto en libertad</translation>
    </message>
    <message>
        <source>Announced its withdrawal (not notified to the depositary)</source>
        <translation>Anunció su retirada (no notificada al depositario)</translation>
    </message>
    <message>
        <source>Domestic act on the Statute (not notified to the depositary)</source>
        <translation>Acto interno relativo al Estatuto (no notificado al depositario)</translation>
    </message>
    <message>
        <source>Information on its status (not a party event)</source>
        <translation>Información sobre su situación (no un hecho relativo a la condición de parte)</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <source>Shared with the Court</source>
        <translation>Comunicada a la Corte</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Estados</translation>
    </message>
    <message>
        <source>States heard</source>
        <translation>Estados escuchados</translation>
    </message>
    <message>
        <source>States concerned</source>
        <translation>Estados afectados</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Realizado el</translation>
    </message>
    <message>
        <source>Shared on</source>
        <translation>Comunicada el</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Comunicada por</translation>
    </message>
    <message>
        <source>Received at the Court by</source>
        <translation>Recibida en la Corte por</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>On</source>
        <translation>El</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>Situaciones</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>Findings and communications</source>
        <translation>Conclusiones y comunicaciones</translation>
    </message>
    <message>
        <source>Travel alerts</source>
        <translation>Alertas de viaje</translation>
    </message>
    <message>
        <source>Alert destination</source>
        <translation>Destino de la alerta</translation>
    </message>
    <message>
        <source>Alert destinations</source>
        <translation>Destinos de la alerta</translation>
    </message>
    <message>
        <source>Alert step</source>
        <translation>Etapa de la alerta</translation>
    </message>
    <message>
        <source>Alert steps</source>
        <translation>Etapas de la alerta</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Coordinadores</translation>
    </message>
    <message>
        <source>Assembly document</source>
        <translation>Documento de la Asamblea</translation>
    </message>
    <message>
        <source>Assembly documents</source>
        <translation>Documentos de la Asamblea</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Archivo adjunto</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Warrant</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Warrants</source>
        <translation>Órdenes</translation>
    </message>
    <message>
        <source>Party status event</source>
        <translation>Evento relativo a la condición de parte</translation>
    </message>
    <message>
        <source>Party status</source>
        <translation>Condición de parte</translation>
    </message>
    <message>
        <source>Article 12(3) declaration</source>
        <translation>Declaración con arreglo al artículo 12 3)</translation>
    </message>
    <message>
        <source>Article 12(3) declarations</source>
        <translation>Declaraciones con arreglo al artículo 12 3)</translation>
    </message>
    <message>
        <source>Information beside the party status</source>
        <translation>Información junto a la condición de parte</translation>
    </message>
    <message>
        <source>Procedure step</source>
        <translation>Paso del procedimiento</translation>
    </message>
    <message>
        <source>Procedure steps</source>
        <translation>Pasos del procedimiento</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>Sharing with the Court</source>
        <translation>Comunicación a la Corte</translation>
    </message>
    <message>
        <source>African States</source>
        <translation>Estados de África</translation>
    </message>
    <message>
        <source>Asia-Pacific States</source>
        <translation>Estados de Asia y el Pacífico</translation>
    </message>
    <message>
        <source>Eastern European States</source>
        <translation>Estados de Europa Oriental</translation>
    </message>
    <message>
        <source>Latin American and Caribbean States</source>
        <translation>Estados de América Latina y el Caribe</translation>
    </message>
    <message>
        <source>Western European and other States</source>
        <translation>Estados de Europa Occidental y otros Estados</translation>
    </message>
    <message>
        <source>Referral by a State Party</source>
        <translation>Remisión por un Estado Parte</translation>
    </message>
    <message>
        <source>Security Council</source>
        <translation>Consejo de Seguridad</translation>
    </message>
    <message>
        <source>The Prosecutor, proprio motu</source>
        <translation>El Fiscal, de oficio</translation>
    </message>
    <message>
        <source>Warrant of arrest</source>
        <translation>Orden de detención</translation>
    </message>
    <message>
        <source>Summons to appear</source>
        <translation>Orden de comparecencia</translation>
    </message>
    <message>
        <source>At large</source>
        <translation>Prófugo</translation>
    </message>
    <message>
        <source>In custody</source>
        <translation>Bajo custodia</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Fallecido</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Finding of non-compliance</source>
        <translation>Conclusión de incumplimiento</translation>
    </message>
    <message>
        <source>Decision informing</source>
        <translation>Decisión de información</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Appeal judgment</source>
        <translation>Fallo de apelación</translation>
    </message>
    <message>
        <source>Decision on reconsideration</source>
        <translation>Decisión sobre la reconsideración</translation>
    </message>
    <message>
        <source>Request by a State</source>
        <translation>Solicitud de un Estado</translation>
    </message>
    <message>
        <source>Response by a State</source>
        <translation>Respuesta de un Estado</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Article 87(7)</source>
        <translation>Artículo 87 7)</translation>
    </message>
    <message>
        <source>Article 87(5)(b)</source>
        <translation>Artículo 87 5) b)</translation>
    </message>
    <message>
        <source>Informing decision</source>
        <translation>Decisión de información</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Assembly of States Parties</source>
        <translation>Asamblea de los Estados Partes</translation>
    </message>
    <message>
        <source>Assembly and Security Council</source>
        <translation>Asamblea y Consejo de Seguridad</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Aplazada</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Ratification</source>
        <translation>Ratificación</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>Adhesión</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Aceptación</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>Succession</source>
        <translation>Sucesión</translation>
    </message>
    <message>
        <source>Entry into force</source>
        <translation>Entrada en vigor</translation>
    </message>
    <message>
        <source>Withdrawal notified</source>
        <translation>Retirada notificada</translation>
    </message>
    <message>
        <source>Withdrawal effective</source>
        <translation>Retirada efectiva</translation>
    </message>
    <message>
        <source>Withdrawal notice revoked</source>
        <translation>Notificación de retirada revocada</translation>
    </message>
    <message>
        <source>Instrument withdrawn</source>
        <translation>Instrumento retirado</translation>
    </message>
    <message>
        <source>Announced, not notified to the depositary</source>
        <translation>Anunciado, no notificado al depositario</translation>
    </message>
    <message>
        <source>Domestic act, not notified to the depositary</source>
        <translation>Acto interno, no notificado al depositario</translation>
    </message>
    <message>
        <source>State Party</source>
        <translation>Estado Parte</translation>
    </message>
    <message>
        <source>State Party, withdrawing</source>
        <translation>Estado Parte, en proceso de retirada</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>Aún no en vigor</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signatario</translation>
    </message>
    <message>
        <source>Not a party</source>
        <translation>No es parte</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Notificada</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <source>Focal points activated</source>
        <translation>Coordinadores activados</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>Carta enviada</translation>
    </message>
    <message>
        <source>Court informed</source>
        <translation>Corte informada</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Outcome recorded</source>
        <translation>Resultado registrado</translation>
    </message>
    <message>
        <source>Visit cancelled</source>
        <translation>Visita cancelada</translation>
    </message>
    <message>
        <source>Took place: person arrested</source>
        <translation>Se realizó: persona detenida</translation>
    </message>
    <message>
        <source>Took place: not arrested</source>
        <translation>Se realizó: sin detención</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Probable</source>
        <translation>Probable</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Posible</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Dudosa</translation>
    </message>
    <message>
        <source>Bureau meeting</source>
        <translation>Reunión de la Mesa</translation>
    </message>
    <message>
        <source>Bureau decision</source>
        <translation>Decisión de la Mesa</translation>
    </message>
    <message>
        <source>Focal points&apos; meeting</source>
        <translation>Reunión de los coordinadores</translation>
    </message>
    <message>
        <source>New York Working Group briefing</source>
        <translation>Exposición ante el Grupo de Trabajo de Nueva York</translation>
    </message>
    <message>
        <source>Plenary meeting</source>
        <translation>Sesión plenaria</translation>
    </message>
    <message>
        <source>Facilitation meeting</source>
        <translation>Reunión de facilitación</translation>
    </message>
    <message>
        <source>Public message</source>
        <translation>Mensaje público</translation>
    </message>
    <message>
        <source>Communication to States</source>
        <translation>Comunicación a los Estados</translation>
    </message>
    <message>
        <source>Prosecutor&apos;s report to the Security Council</source>
        <translation>Informe del Fiscal al Consejo de Seguridad</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Celebrada</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Escuchado</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Concerned</source>
        <translation>Afectado</translation>
    </message>
    <message>
        <source>President of the Assembly, ex officio</source>
        <translation>Presidencia de la Asamblea, de oficio</translation>
    </message>
    <message>
        <source>Report of the Bureau</source>
        <translation>Informe de la Mesa</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Open letter</source>
        <translation>Carta abierta</translation>
    </message>
    <message>
        <source>Bureau meeting with the State (para. 14(c))</source>
        <translation>Reunión de la Mesa con el Estado (párr. 14 c))</translation>
    </message>
    <message>
        <source>Plenary debate</source>
        <translation>Debate en sesión plenaria</translation>
    </message>
    <message>
        <source>Good offices of the President</source>
        <translation>Buenos oficios de la Presidencia</translation>
    </message>
    <message>
        <source>Letter of the President</source>
        <translation>Carta de la Presidencia</translation>
    </message>
    <message>
        <source>Contact by a focal point</source>
        <translation>Contacto por un coordinador</translation>
    </message>
    <message>
        <source>States Parties informed</source>
        <translation>Estados Partes informados</translation>
    </message>
    <message>
        <source>Toolkit recalled</source>
        <translation>Recordatorio del conjunto de herramientas</translation>
    </message>
    <message>
        <source>Information shared with the Court</source>
        <translation>Información comunicada a la Corte</translation>
    </message>
    <message>
        <source>Public statement</source>
        <translation>Declaración pública</translation>
    </message>
    <message>
        <source>Exact day</source>
        <translation>Día exacto</translation>
    </message>
    <message>
        <source>Range of days</source>
        <translation>Intervalo de días</translation>
    </message>
    <message>
        <source>Part of a month</source>
        <translation>Parte de un mes</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Beside the party status: announced, not notified (information, not a party event)</source>
        <translation>Junto a la condición de parte: anunciado, no notificado (información, no un hecho relativo a la condición de parte)</translation>
    </message>
    <message>
        <source>Bound by the Security Council in</source>
        <translation>Obligado por el Consejo de Seguridad en</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Viajes</translation>
    </message>
    <message>
        <source>Focal point on non-cooperation</source>
        <translation>Coordinador sobre la falta de cooperación</translation>
    </message>
    <message>
        <source>Nationals subject to the Court&apos;s warrants</source>
        <translation>Nacionales sujetos a órdenes de la Corte</translation>
    </message>
    <message>
        <source>States bound by the Council&apos;s resolution</source>
        <translation>Estados obligados por la resolución del Consejo</translation>
    </message>
    <message>
        <source>Warrants and summonses</source>
        <translation>Órdenes de detención y de comparecencia</translation>
    </message>
    <message>
        <source>Document numbers</source>
        <translation>Números de documentos</translation>
    </message>
    <message>
        <source>Steps under the Assembly procedures</source>
        <translation>Pasos conforme a los procedimientos de la Asamblea</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Párrafos</translation>
    </message>
    <message>
        <source>Appeal of</source>
        <translation>Apelación de</translation>
    </message>
    <message>
        <source>Appealed: judgment</source>
        <translation>Apelada: fallo</translation>
    </message>
    <message>
        <source>Reconsideration of</source>
        <translation>Reconsideración de</translation>
    </message>
    <message>
        <source>Reconsidered by</source>
        <translation>Reconsiderada por</translation>
    </message>
    <message>
        <source>Defers</source>
        <translation>Aplaza</translation>
    </message>
    <message>
        <source>Deferred by</source>
        <translation>Aplazada por</translation>
    </message>
    <message>
        <source>Response to</source>
        <translation>Respuesta a</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Request concerning</source>
        <translation>Solicitud relativa a</translation>
    </message>
    <message>
        <source>Requests concerning it</source>
        <translation>Solicitudes relativas a ella</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>Sigue a</translation>
    </message>
    <message>
        <source>Followed by</source>
        <translation>Seguida de</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Se refiere a</translation>
    </message>
    <message>
        <source>Discussed at</source>
        <translation>Examinada en</translation>
    </message>
    <message>
        <source>Takes note of</source>
        <translation>Toma nota de</translation>
    </message>
    <message>
        <source>Noted by</source>
        <translation>Tomada en cuenta por</translation>
    </message>
    <message>
        <source>Led to</source>
        <translation>Dio lugar a</translation>
    </message>
    <message>
        <source>Followed the visit</source>
        <translation>Siguió a la visita</translation>
    </message>
    <message>
        <source>Signed the Rome Statute</source>
        <translation>Firmó el Estatuto de Roma</translation>
    </message>
    <message>
        <source>Ratified the Rome Statute</source>
        <translation>Ratificó el Estatuto de Roma</translation>
    </message>
    <message>
        <source>Acceded to the Rome Statute</source>
        <translation>Se adhirió al Estatuto de Roma</translation>
    </message>
    <message>
        <source>Accepted the Rome Statute</source>
        <translation>Aceptó el Estatuto de Roma</translation>
    </message>
    <message>
        <source>Approved the Rome Statute</source>
        <translation>Aprobó el Estatuto de Roma</translation>
    </message>
    <message>
        <source>Succeeded to the Rome Statute</source>
        <translation>Sucedió en el Estatuto de Roma</translation>
    </message>
    <message>
        <source>The Statute entered into force for it</source>
        <translation>El Estatuto entró en vigor para él</translation>
    </message>
    <message>
        <source>Notified its withdrawal</source>
        <translation>Notificó su retirada</translation>
    </message>
    <message>
        <source>Its withdrawal took effect</source>
        <translation>Su retirada surtió efecto</translation>
    </message>
    <message>
        <source>Revoked its notice of withdrawal</source>
        <translation>Revocó su notificación de retirada</translation>
    </message>
    <message>
        <source>Withdrew its instrument before entry into force</source>
        <translation>Retiró su instrumento antes de la entrada en vigor</translation>
    </message>
    <message>
        <source>Article 12(3) declaration lodged</source>
        <translation>Declaración con arreglo al artículo 12 3) presentada</translation>
    </message>
    <message>
        <source>Transmitted to the Assembly of States Parties</source>
        <translation>Transmitida a la Asamblea de los Estados Partes</translation>
    </message>
    <message>
        <source>Transmitted to the Security Council</source>
        <translation>Transmitida al Consejo de Seguridad</translation>
    </message>
    <message>
        <source>Letter of the President of the Assembly</source>
        <translation>Carta de la Presidencia de la Asamblea</translation>
    </message>
    <message>
        <source>Appointed focal point on non-cooperation</source>
        <translation>Designado coordinador sobre la falta de cooperación</translation>
    </message>
    <message>
        <source>Referred to the Court</source>
        <translation>Remitida a la Corte</translation>
    </message>
    <message>
        <source>Investigation opened</source>
        <translation>Investigación abierta</translation>
    </message>
    <message>
        <source>Warrant of arrest issued</source>
        <translation>Orden de detención dictada</translation>
    </message>
    <message>
        <source>Summons to appear issued</source>
        <translation>Orden de comparecencia dictada</translation>
    </message>
    <message>
        <source>In the Court&apos;s custody</source>
        <translation>Bajo custodia de la Corte</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Falleció</translation>
    </message>
    <message>
        <source>Warrant withdrawn or proceedings ended</source>
        <translation>Orden retirada o actuaciones concluidas</translation>
    </message>
    <message>
        <source>Warrant unsealed</source>
        <translation>Orden hecha pública</translation>
    </message>
</context>
<context>
    <name>letter</name>
    <message>
        <source>ASSEMBLY OF STATES PARTIES TO THE ROME STATUTE OF THE INTERNATIONAL CRIMINAL COURT</source>
        <translation>ASAMBLEA DE LOS ESTADOS PARTES EN EL ESTATUTO DE ROMA DE LA CORTE PENAL INTERNACIONAL</translation>
    </message>
    <message>
        <source>The President</source>
        <translation>La Presidencia</translation>
    </message>
    <message>
        <source>Reference: {{reference}}</source>
        <translation>Referencia: {{reference}}</translation>
    </message>
    <message>
        <source>Excellency,</source>
        <translation>Excelencia:</translation>
    </message>
    <message>
        <source>I have the honour to write to you in my capacity as President of the Assembly of States Parties to the Rome Statute of the International Criminal Court, in accordance with the Assembly procedures relating to non-cooperation.</source>
        <translation>Tengo el honor de dirigirme a usted en mi calidad de Presidente de la Asamblea de los Estados Partes en el Estatuto de Roma de la Corte Penal Internacional, de conformidad con los procedimientos de la Asamblea relativos a la falta de cooperación.</translation>
    </message>
    <message>
        <source>Information has reached me that {{person}}, {{person_function}}, may visit {{state}} ({{visit_dates}}). The International Criminal Court issued a warrant of arrest for {{person}} on {{warrant_dates}}, in the {{situation}}.</source>
        <translation>Se me ha informado de que {{person}}, {{person_function}}, podría visitar su país ({{visit_dates}}). La Corte Penal Internacional dictó una orden de detención contra {{person}} el {{warrant_dates}}, en {{situation}}.</translation>
    </message>
    <message>
        <source>I therefore respectfully call upon the authorities of {{state}} to {{call}}.</source>
        <translation>Por consiguiente, exhorto respetuosamente a las autoridades de su país a {{call}}.</translation>
    </message>
    <message>
        <source>I would be grateful if you could inform me of any measures taken in this regard. The focal points on non-cooperation and I remain at your disposal for consultations, including consultations with the Court under article 97 of the Rome Statute.</source>
        <translation>Le agradecería que me informara de las medidas que se adopten al respecto. Los coordinadores sobre la falta de cooperación y yo quedamos a su disposición para celebrar consultas, incluidas consultas con la Corte con arreglo al artículo 97 del Estatuto de Roma.</translation>
    </message>
    <message>
        <source>Please accept, Excellency, the assurances of my highest consideration.</source>
        <translation>Aprovecho la oportunidad para reiterarle, Excelencia, las seguridades de mi más alta consideración.</translation>
    </message>
    <message>
        <source>Draft prepared with ncdesk. Check every fact against the record before sending.</source>
        <translation>Borrador preparado con ncdesk. Compruebe cada dato en el registro antes de enviarlo.</translation>
    </message>
    <message>
        <source>Minister of Foreign Affairs of {formal}</source>
        <translation>Ministro de Relaciones Exteriores</translation>
    </message>
    <message>
        <source>President of the Assembly of States Parties</source>
        <translation>Presidente de la Asamblea de los Estados Partes</translation>
    </message>
    <message>
        <source>86 and 89(1)</source>
        <translation>86 y 89 1)</translation>
    </message>
    <message>
        <source>execute the Court&apos;s request for the arrest and surrender of {person}, should the visit take place</source>
        <translation>ejecutar la solicitud de detención y entrega de {person} formulada por la Corte, en caso de que la visita tenga lugar</translation>
    </message>
    <message>
        <source>cooperate with the Court in the execution of its request for the arrest and surrender of {person}</source>
        <translation>cooperar con la Corte en la ejecución de su solicitud de detención y entrega de {person}</translation>
    </message>
    <message>
        <source>As a State Party to the Rome Statute, {state} is under an obligation to cooperate fully with the Court in its investigation and prosecution of crimes within its jurisdiction (article 86) and to comply with requests for arrest and surrender (article 89(1)).</source>
        <translation>En su calidad de Estado Parte en el Estatuto de Roma, su país tiene la obligación de cooperar plenamente con la Corte en relación con la investigación y el enjuiciamiento de crímenes de su competencia (artículo 86) y de cumplir las solicitudes de detención y entrega (artículo 89 1)).</translation>
    </message>
    <message>
        <source>Although the withdrawal of {state} from the Rome Statute has taken effect, under article 127(2) {state} is not discharged from its obligation to cooperate with the Court in the investigations and proceedings that commenced before the withdrawal became effective, including in the {situation}.</source>
        <translation>Si bien la retirada de su país del Estatuto de Roma ha surtido efecto, con arreglo al artículo 127 2) su país no queda exento de su obligación de cooperar con la Corte en las investigaciones y los enjuiciamientos iniciados antes de la fecha en que la retirada surtió efecto, incluso en {situation}.</translation>
    </message>
    <message>
        <source>By the decision of the Security Council ({basis}), {state} is under an obligation to cooperate fully with the Court and the Prosecutor in the {situation}.</source>
        <translation>Por decisión del Consejo de Seguridad ({basis}), su país tiene la obligación de cooperar plenamente con la Corte y el Fiscal en {situation}.</translation>
    </message>
    <message>
        <source>By its declaration under article 12(3) of the Rome Statute, {state} accepted the exercise of jurisdiction by the Court and undertook to cooperate with the Court without any delay or exception in accordance with Part 9 of the Statute.</source>
        <translation>Mediante su declaración con arreglo al artículo 12 3) del Estatuto de Roma, su país aceptó el ejercicio de la competencia de la Corte y se comprometió a cooperar con ella sin demora ni excepción de conformidad con la Parte IX del Estatuto.</translation>
    </message>
    <message>
        <source>While {state} is not a party to the Rome Statute, the international community expects all States to cooperate with the Court. {explanation}</source>
        <translation>Si bien su país no es parte en el Estatuto de Roma, la comunidad internacional espera que todos los Estados cooperen con la Corte. {explanation}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>no date given</source>
        <translation>no se ha indicado ninguna fecha</translation>
    </message>
    <message>
        <source>%1: the range ends (%2) before it starts (%3)</source>
        <translation>%1: el período termina (%2) antes de empezar (%3)</translation>
    </message>
    <message>
        <source>%1: %2 is not a month (did you mean %3?)</source>
        <translation>%1: %2 no es un mes (¿quiso decir %3?)</translation>
    </message>
    <message>
        <source>%1: %2 is not a month</source>
        <translation>%1: %2 no es un mes</translation>
    </message>
    <message>
        <source>%1: year %2 is out of range (1900–2200)</source>
        <translation>%1: el año %2 está fuera del intervalo (1900–2200)</translation>
    </message>
    <message>
        <source>%1: month %2 does not exist (months are 1–12)</source>
        <translation>%1: el mes %2 no existe (los meses van del 1 al 12)</translation>
    </message>
    <message>
        <source>%1: %2 has %3 days, not %4</source>
        <translation>%1: %2 tiene %3 días, no %4</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as YYYY-MM-DD or day month year (3 April 2025)</source>
        <translation>%1 no es una fecha; escríbala como AAAA-MM-DD o día mes año (3 de abril de 2025)</translation>
    </message>
    <message>
        <source>%1 is not a date in the form YYYY-MM-DD</source>
        <translation>%1 no es una fecha con el formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>%1: cannot read %2 as the start of the range</source>
        <translation>%1: no se puede leer %2 como inicio del período</translation>
    </message>
    <message>
        <source>%1 is not a date; examples: 2025-04-03, 3 April 2025, 3–6 April 2025, April 2025, mid-October 2025, 2025</source>
        <translation>%1 no es una fecha; ejemplos: 2025-04-03, 3 de abril de 2025, 3–6 de abril de 2025, abril de 2025, mediados de octubre de 2025, 2025</translation>
    </message>
    <message>
        <source>the alert is closed; reopen it before taking another step</source>
        <translation>la alerta está cerrada; reábrala antes de dar otro paso</translation>
    </message>
    <message>
        <source>the alert is already at “%1”; “%2” comes before it (steps only go forward)</source>
        <translation>la alerta ya está en «%1»; «%2» va antes (los pasos solo avanzan)</translation>
    </message>
    <message>
        <source>the step is dated %1, before the previous step (%2)</source>
        <translation>el paso tiene fecha %1, anterior al paso precedente (%2)</translation>
    </message>
    <message>
        <source>closing an alert needs its outcome (cancelled, arrested, not arrested, unknown)</source>
        <translation>para cerrar una alerta hay que indicar su resultado (cancelada, detención, sin detención, desconocido)</translation>
    </message>
    <message>
        <source>an outcome is recorded when the alert is closed</source>
        <translation>el resultado se registra al cerrar la alerta</translation>
    </message>
    <message>
        <source>expected ICC-&lt;situation&gt;[-&lt;case&gt;]-&lt;filing&gt;[-Corr][-ENG|-FRA|-tENG], e.g. ICC-02/05-01/09-309-ENG</source>
        <translation>se espera ICC-&lt;situación&gt;[-&lt;causa&gt;]-&lt;escrito&gt;[-Corr][-ENG|-FRA|-tENG], por ejemplo ICC-02/05-01/09-309-ENG</translation>
    </message>
    <message>
        <source>%1 is not a document number: expected ICC-02/05-01/09-309-ENG, ICC-ASP/23/31, ICC-ASP/23/Res.1, S/2016/716 or S/RES/1593 (2005)</source>
        <translation>%1 no es un número de documento: se espera ICC-02/05-01/09-309-ENG, ICC-ASP/23/31, ICC-ASP/23/Res.1, S/2016/716 o S/RES/1593 (2005)</translation>
    </message>
    <message>
        <source>it contains a space</source>
        <translation>contiene un espacio</translation>
    </message>
    <message>
        <source>it must start with ICC-&lt;two digits&gt;/&lt;two digits&gt;, e.g. ICC-02/05</source>
        <translation>debe empezar por ICC-&lt;dos dígitos&gt;/&lt;dos dígitos&gt;, por ejemplo ICC-02/05</translation>
    </message>
    <message>
        <source>write the language as %1</source>
        <translation>escriba el idioma así: %1</translation>
    </message>
    <message>
        <source>%1 is not an Assembly document number: expected ICC-ASP/&lt;session&gt;/&lt;number&gt; (ICC-ASP/23/31, ICC-ASP/15/31/Add.1) or ICC-ASP/&lt;session&gt;/Res.&lt;n&gt; (ICC-ASP/17/Res.5)</source>
        <translation>%1 no es un número de documento de la Asamblea: se espera ICC-ASP/&lt;período de sesiones&gt;/&lt;número&gt; (ICC-ASP/23/31, ICC-ASP/15/31/Add.1) o ICC-ASP/&lt;período de sesiones&gt;/Res.&lt;n&gt; (ICC-ASP/17/Res.5)</translation>
    </message>
    <message>
        <source>%1 is not a United Nations document number: expected S/&lt;year&gt;/&lt;number&gt; (S/2016/716), S/RES/&lt;number&gt; (&lt;year&gt;) (S/RES/1593 (2005)), A/&lt;session&gt;/&lt;number&gt; or A/RES/&lt;session&gt;/&lt;number&gt;</source>
        <translation>%1 no es una signatura de documento de las Naciones Unidas: se espera S/&lt;año&gt;/&lt;número&gt; (S/2016/716), S/RES/&lt;número&gt; (&lt;año&gt;) (S/RES/1593 (2005)), A/&lt;período de sesiones&gt;/&lt;número&gt; o A/RES/&lt;período de sesiones&gt;/&lt;número&gt;</translation>
    </message>
    <message>
        <source>no document number given</source>
        <translation>no se indicó ningún número de documento</translation>
    </message>
    <message>
        <source>%1 is not an ICC document number: %2</source>
        <translation>%1 no es un número de documento de la CPI: %2</translation>
    </message>
    <message>
        <source>%1: the situation part %2 cannot contain 00</source>
        <translation>%1: la parte de la situación %2 no puede contener 00</translation>
    </message>
    <message>
        <source>%1: the case part %2 cannot contain 00</source>
        <translation>%1: la parte de la causa %2 no puede contener 00</translation>
    </message>
    <message>
        <source>%1 is not an Assembly document number: expected ICC-ASP/&lt;session&gt;/&lt;number&gt; (ICC-ASP/23/31, ICC-ASP/15/31/Add.1) or ICC-ASP/&lt;session&gt;/Res.&lt;n&gt; (ICC-ASP/17/Res.5) (did you mean %2?)</source>
        <translation>%1 no es un número de documento de la Asamblea: se espera ICC-ASP/&lt;período de sesiones&gt;/&lt;número&gt; (ICC-ASP/23/31, ICC-ASP/15/31/Add.1) o ICC-ASP/&lt;período de sesiones&gt;/Res.&lt;n&gt; (ICC-ASP/17/Res.5) (¿quiso decir %2?)</translation>
    </message>
    <message>
        <source>%1: session %2 is out of range</source>
        <translation>%1: el período de sesiones %2 está fuera del intervalo posible</translation>
    </message>
    <message>
        <source>%1 is not a United Nations document number: expected S/&lt;year&gt;/&lt;number&gt; (S/2016/716), S/RES/&lt;number&gt; (&lt;year&gt;) (S/RES/1593 (2005)), A/&lt;session&gt;/&lt;number&gt; or A/RES/&lt;session&gt;/&lt;number&gt; (did you mean %2?)</source>
        <translation>%1 no es una signatura de documento de las Naciones Unidas: se espera S/&lt;año&gt;/&lt;número&gt; (S/2016/716), S/RES/&lt;número&gt; (&lt;año&gt;) (S/RES/1593 (2005)), A/&lt;período de sesiones&gt;/&lt;número&gt; o A/RES/&lt;período de sesiones&gt;/&lt;número&gt; (¿quiso decir %2?)</translation>
    </message>
    <message>
        <source>%1: year %2 is out of range</source>
        <translation>%1: el año %2 está fuera del intervalo posible</translation>
    </message>
    <message>
        <source>%1 is not an ICC document number: %2 (did you mean %3?)</source>
        <translation>%1 no es un número de documento de la CPI: %2 (¿quiso decir %3?)</translation>
    </message>
    <message>
        <source>a situation number</source>
        <translation>un número de situación</translation>
    </message>
    <message>
        <source>a case number</source>
        <translation>un número de causa</translation>
    </message>
    <message>
        <source>the number of a filing</source>
        <translation>el número de un escrito</translation>
    </message>
    <message>
        <source>an Assembly document</source>
        <translation>un documento de la Asamblea</translation>
    </message>
    <message>
        <source>an Assembly resolution</source>
        <translation>una resolución de la Asamblea</translation>
    </message>
    <message>
        <source>a Security Council document</source>
        <translation>un documento del Consejo de Seguridad</translation>
    </message>
    <message>
        <source>a Security Council resolution</source>
        <translation>una resolución del Consejo de Seguridad</translation>
    </message>
    <message>
        <source>a General Assembly document</source>
        <translation>un documento de la Asamblea General</translation>
    </message>
    <message>
        <source>a General Assembly resolution</source>
        <translation>una resolución de la Asamblea General</translation>
    </message>
    <message>
        <source>%1 is not an ICC document number</source>
        <translation>%1 no es un número de documento de la CPI</translation>
    </message>
    <message>
        <source>%1 is not an Assembly document number</source>
        <translation>%1 no es un número de documento de la Asamblea</translation>
    </message>
    <message>
        <source>%1 is not a United Nations document number</source>
        <translation>%1 no es una signatura de documento de las Naciones Unidas</translation>
    </message>
    <message>
        <source>another kind of number</source>
        <translation>otro tipo de número</translation>
    </message>
    <message>
        <source>%1 is %2; expected %3</source>
        <translation>%1 es %2; se espera %3</translation>
    </message>
    <message>
        <source>a situation number such as ICC-02/05</source>
        <translation>un número de situación como ICC-02/05</translation>
    </message>
    <message>
        <source>a case number such as ICC-02/05-01/09</source>
        <translation>un número de causa como ICC-02/05-01/09</translation>
    </message>
    <message>
        <source>a filing number such as ICC-02/05-01/09-309-ENG</source>
        <translation>un número de escrito como ICC-02/05-01/09-309-ENG</translation>
    </message>
    <message>
        <source>a Security Council document such as S/2016/716</source>
        <translation>un documento del Consejo de Seguridad como S/2016/716</translation>
    </message>
    <message>
        <source>a Security Council resolution such as S/RES/1593 (2005)</source>
        <translation>una resolución del Consejo de Seguridad como S/RES/1593 (2005)</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 no es uno de los valores posibles: %2</translation>
    </message>
    <message>
        <source>a document number is listed twice</source>
        <translation>un número de documento figura dos veces</translation>
    </message>
    <message>
        <source>only a closed alert can be reopened</source>
        <translation>solo se puede reabrir una alerta cerrada</translation>
    </message>
    <message>
        <source>log the alert first, then close it with its outcome</source>
        <translation>registre primero la alerta y luego ciérrela con su resultado</translation>
    </message>
    <message>
        <source>%1 is already recorded</source>
        <translation>%1 ya está registrado</translation>
    </message>
    <message>
        <source>a case of %1 is numbered %1-NN/NN</source>
        <translation>una causa de la situación %1 se numera %1-NN/NN</translation>
    </message>
    <message>
        <source>is before the day it was issued</source>
        <translation>es anterior a la fecha en que se dictó</translation>
    </message>
    <message>
        <source>only a warrant issued under seal is unsealed</source>
        <translation>solo una orden dictada con carácter secreto puede hacerse pública</translation>
    </message>
    <message>
        <source>is before the decision</source>
        <translation>es anterior a la decisión</translation>
    </message>
    <message>
        <source>is before the letter&apos;s date</source>
        <translation>es anterior a la fecha de la carta</translation>
    </message>
    <message>
        <source>no such record</source>
        <translation>ese registro no existe</translation>
    </message>
    <message>
        <source>no such record; choose one from the list</source>
        <translation>ese registro no existe; elija uno de la lista</translation>
    </message>
    <message>
        <source>is not a document of %1</source>
        <translation>no es un documento de la situación %1</translation>
    </message>
    <message>
        <source>belongs to another situation</source>
        <translation>pertenece a otra situación</translation>
    </message>
    <message>
        <source>a Security Council document means it was referred to the Council</source>
        <translation>un documento del Consejo de Seguridad significa que la cuestión se remitió al Consejo</translation>
    </message>
    <message>
        <source>give the Security Council document for that date</source>
        <translation>indique el documento del Consejo de Seguridad de esa fecha</translation>
    </message>
    <message>
        <source>%1 is not a document of %2</source>
        <translation>%1 no es un documento de la situación %2</translation>
    </message>
    <message>
        <source>this event is already recorded for this State on that day</source>
        <translation>este hecho ya está registrado para este Estado en esa fecha</translation>
    </message>
    <message>
        <source>%1 is not a document of case %2</source>
        <translation>%1 no es un documento de la causa %2</translation>
    </message>
    <message>
        <source>%1 is already the number of “%2”</source>
        <translation>%1 ya es el número de «%2»</translation>
    </message>
    <message>
        <source>The backup %1 %2.</source>
        <translation>La copia de seguridad %1 %2.</translation>
    </message>
    <message>
        <source>Choose another backup.</source>
        <translation>Elija otra copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 exists; open ncdesk and restore from the File menu instead.</source>
        <translation>%1 ya existe; abra ncdesk y restaure desde el menú Archivo.</translation>
    </message>
    <message>
        <source>is encrypted: unlock the database first</source>
        <translation>está cifrada: desbloquee primero la base de datos</translation>
    </message>
    <message>
        <source>was encrypted with another passphrase (an earlier one, or another folder&apos;s)</source>
        <translation>se cifró con otra frase de contraseña (una anterior, o la de otra carpeta)</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>is not an ncdesk database</source>
        <translation>no es una base de datos de ncdesk</translation>
    </message>
    <message>
        <source>is damaged (%1)</source>
        <translation>está dañada (%1)</translation>
    </message>
    <message>
        <source>is damaged (its schema is unreadable)</source>
        <translation>está dañada (su esquema es ilegible)</translation>
    </message>
    <message>
        <source>The backup could not be written (%1).</source>
        <translation>No se pudo escribir la copia de seguridad (%1).</translation>
    </message>
    <message>
        <source>Check the disk space; nothing was lost.</source>
        <translation>Compruebe el espacio en disco; no se perdió nada.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1 (%2).</source>
        <translation>No se pudo escribir la copia de seguridad en %1 (%2).</translation>
    </message>
    <message>
        <source>Free some space or check the folder; the database itself is untouched.</source>
        <translation>Libere espacio o compruebe la carpeta; la base de datos en sí no se ha tocado.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Type it again (it is case-sensitive); nothing was changed.</source>
        <translation>Escríbala de nuevo (distingue mayúsculas y minúsculas); no se cambió nada.</translation>
    </message>
    <message>
        <source>Give the passphrase: at the prompt, or with --passphrase-file FILE or NCDESK_PASSPHRASE_FILE.</source>
        <translation>Indique la frase de contraseña: cuando se pida, o con --passphrase-file ARCHIVO o NCDESK_PASSPHRASE_FILE.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted, but its key-derivation file %2 is missing.</source>
        <translation>La base de datos %1 está cifrada, pero falta su archivo de derivación de clave %2.</translation>
    </message>
    <message>
        <source>Put it back from your own copy; nothing was changed.</source>
        <translation>Restitúyalo a partir de su propia copia; no se cambió nada.</translation>
    </message>
    <message>
        <source>The file %1 is damaged: its first 16 bytes (the salt its key is made from) match no key made in this data folder, and it does not open with this folder&apos;s passphrase (or it was copied here from a data folder with another passphrase).</source>
        <translation>El archivo %1 está dañado: sus primeros 16 bytes (la sal de la que se obtiene su clave) no corresponden a ninguna clave creada en esta carpeta de datos, y no se abre con la frase de contraseña de esta carpeta (o se copió aquí desde una carpeta de datos con otra frase de contraseña).</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>La frase de contraseña debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The passphrase cannot be only spaces.</source>
        <translation>La frase de contraseña no puede constar solo de espacios.</translation>
    </message>
    <message>
        <source>A copy is kept at %1: copy it back into the data folder, then open ncdesk again. Nothing was changed.</source>
        <translation>Se conserva una copia en %1: cópiela de nuevo en la carpeta de datos y vuelva a abrir ncdesk. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 was encrypted with a passphrase ncdesk has no record of.</source>
        <translation>%1 se cifró con una frase de contraseña de la que ncdesk no tiene constancia.</translation>
    </message>
    <message>
        <source>It may be damaged, or come from another data folder; nothing was changed.</source>
        <translation>Puede estar dañado o proceder de otra carpeta de datos; no se cambió nada.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>La frase de contraseña es incorrecta.</translation>
    </message>
    <message>
        <source>The key-derivation file %1 cannot be read (%2).</source>
        <translation>No se puede leer el archivo de derivación de clave %1 (%2).</translation>
    </message>
    <message>
        <source>Put back the copy kept in the backups folder, or restore it from your own copy; nothing was changed.</source>
        <translation>Restituya la copia guardada en la carpeta de copias de seguridad, o restáurelo a partir de su propia copia; no se cambió nada.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1): it does not start as an SQLite file.</source>
        <translation>El archivo de la base de datos está dañado (%1): no empieza como un archivo SQLite.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file, but not an ncdesk database.</source>
        <translation>%1 es un archivo SQLite, pero no una base de datos de ncdesk.</translation>
    </message>
    <message>
        <source>%1 was written by a newer ncdesk (schema %2, this is ncdesk %3 with schema %4).</source>
        <translation>%1 fue escrito por una versión más reciente de ncdesk (esquema %2; esta es ncdesk %3, esquema %4).</translation>
    </message>
    <message>
        <source>The database file is damaged (%1): %2.</source>
        <translation>El archivo de la base de datos está dañado (%1): %2.</translation>
    </message>
    <message>
        <source>The database file cannot be read (%1): its schema is damaged.</source>
        <translation>No se puede leer el archivo de la base de datos (%1): su esquema está dañado.</translation>
    </message>
    <message>
        <source>The backup copy %1 failed its check: %2.</source>
        <translation>La copia de seguridad %1 no superó su comprobación: %2.</translation>
    </message>
    <message>
        <source>Cannot use write-ahead logging for %1 (journal mode is %2).</source>
        <translation>No se puede usar el registro de escritura anticipada (WAL) para %1 (modo de diario %2).</translation>
    </message>
    <message>
        <source>The database file is damaged (%1): its schema is unreadable.</source>
        <translation>El archivo de la base de datos está dañado (%1): su esquema es ilegible.</translation>
    </message>
    <message>
        <source>The encrypted database file is damaged (%1): it does not decrypt.</source>
        <translation>El archivo cifrado de la base de datos está dañado (%1): no se descifra.</translation>
    </message>
    <message>
        <source>The database file cannot be read (%1): %2.</source>
        <translation>No se puede leer el archivo de la base de datos (%1): %2.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Deriving the key…</source>
        <translation>Derivando la clave…</translation>
    </message>
    <message>
        <source>Encrypting the database…</source>
        <translation>Cifrando la base de datos…</translation>
    </message>
    <message>
        <source>Decrypting the database…</source>
        <translation>Descifrando la base de datos…</translation>
    </message>
    <message>
        <source>The converted copy %1 was not encrypted with the new key.</source>
        <translation>La copia convertida %1 no se cifró con la nueva clave.</translation>
    </message>
    <message>
        <source>Converting backup %1 of %2…</source>
        <translation>Convirtiendo la copia de seguridad %1 de %2…</translation>
    </message>
    <message>
        <source>The attachment %1 is encrypted; unlock the database first.</source>
        <translation>El archivo adjunto %1 está cifrado; desbloquee primero la base de datos.</translation>
    </message>
    <message>
        <source>Converting attachment %1 of %2…</source>
        <translation>Convirtiendo el archivo adjunto %1 de %2…</translation>
    </message>
    <message>
        <source>Converting damaged copy %1 of %2…</source>
        <translation>Convirtiendo la copia dañada %1 de %2…</translation>
    </message>
    <message>
        <source>Encrypted the database, %1 backup(s), %2 damaged copy(ies) and %3 attachment(s).</source>
        <translation>Se cifraron la base de datos, %1 copia(s) de seguridad, %2 copia(s) dañada(s) y %3 archivo(s) adjunto(s).</translation>
    </message>
    <message>
        <source>Encrypted %1 backup(s), %2 damaged copy(ies) and %3 attachment(s) left in clear.</source>
        <translation>Se cifraron %1 copia(s) de seguridad, %2 copia(s) dañada(s) y %3 archivo(s) adjunto(s) que habían quedado sin cifrar.</translation>
    </message>
    <message>
        <source>Removed %1 unfinished backup or conversion file(s).</source>
        <translation>Se eliminaron %1 archivo(s) de copia de seguridad o de conversión sin terminar.</translation>
    </message>
    <message>
        <source>Removed %1 unreadable plain copy(ies) with your agreement.</source>
        <translation>Se eliminaron, con su consentimiento, %1 copia(s) sin cifrar ilegible(s).</translation>
    </message>
    <message>
        <source>%1 plain copy(ies) could not be read to be encrypted and stay readable by anyone who has this computer&apos;s files: %2.</source>
        <translation>%1 copia(s) sin cifrar no se pudieron leer para cifrarlas y siguen siendo legibles para cualquiera que tenga los archivos de este equipo: %2.</translation>
    </message>
    <message>
        <source>The database is already encrypted.</source>
        <translation>La base de datos ya está cifrada.</translation>
    </message>
    <message>
        <source>Use Change passphrase instead.</source>
        <translation>Use en su lugar Cambiar la frase de contraseña.</translation>
    </message>
    <message>
        <source>The database is not encrypted.</source>
        <translation>La base de datos no está cifrada.</translation>
    </message>
    <message>
        <source>Use Encrypt this database instead.</source>
        <translation>Use en su lugar Cifrar esta base de datos.</translation>
    </message>
    <message>
        <source>Re-encrypting the database…</source>
        <translation>Volviendo a cifrar la base de datos…</translation>
    </message>
    <message>
        <source>%1 backup(s) could not be decrypted (%2).</source>
        <translation>No se pudieron descifrar %1 copia(s) de seguridad (%2).</translation>
    </message>
    <message>
        <source>Delete them (Restore a backup… shows them) or restore them first; the database is still encrypted.</source>
        <translation>Elimínelas (Restaurar una copia de seguridad… las muestra) o restáurelas primero; la base de datos sigue cifrada.</translation>
    </message>
    <message>
        <source>The converted copy %1 failed its check (%2).</source>
        <translation>La copia convertida %1 no superó su comprobación (%2).</translation>
    </message>
    <message>
        <source>The converted copy %1 does not hold every record.</source>
        <translation>La copia convertida %1 no contiene todos los registros.</translation>
    </message>
    <message>
        <source>The converted copy %1 is not marked as ncdesk&apos;s.</source>
        <translation>La copia convertida %1 no está marcada como de ncdesk.</translation>
    </message>
    <message>
        <source>The stored attachment %1 is damaged: it does not decrypt.</source>
        <translation>El archivo adjunto guardado %1 está dañado: no se descifra.</translation>
    </message>
    <message>
        <source>The database is still in use by another connection; close it and try again.</source>
        <translation>La base de datos aún está en uso por otra conexión; ciérrela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Install the newer version of ncdesk to open it; the file was left unchanged.</source>
        <translation>Instale la versión más reciente de ncdesk para abrirlo; el archivo no se modificó.</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only: you can read and export, nothing can be saved.</source>
        <translation>La carpeta de datos %1 es de solo lectura: puede consultar y exportar, pero no se puede guardar nada.</translation>
    </message>
    <message>
        <source>To change it, copy the folder to a place you may write to and open the copy (--data-dir).</source>
        <translation>Para modificarla, copie la carpeta en un lugar donde pueda escribir y abra la copia (--data-dir).</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only and holds no database; ncdesk cannot create one there.</source>
        <translation>La carpeta de datos %1 es de solo lectura y no contiene ninguna base de datos; ncdesk no puede crear una en ella.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to (--data-dir).</source>
        <translation>Elija una carpeta en la que pueda escribir (--data-dir).</translation>
    </message>
    <message>
        <source>%1 The folder is read-only, so the file was left as it is.</source>
        <translation>%1 La carpeta es de solo lectura, por lo que el archivo se dejó tal como está.</translation>
    </message>
    <message>
        <source>Copy the folder to a place you may write to, open the copy and restore its last good backup there.</source>
        <translation>Copie la carpeta en un lugar donde pueda escribir, abra la copia y restaure allí su última copia de seguridad en buen estado.</translation>
    </message>
    <message>
        <source>%1 was written by an older ncdesk and must be upgraded, which cannot be done in a read-only folder.</source>
        <translation>%1 fue escrito por una versión anterior de ncdesk y debe actualizarse, lo que no es posible en una carpeta de solo lectura.</translation>
    </message>
    <message>
        <source>Copy the data folder to a place you may write to and open the copy (--data-dir).</source>
        <translation>Copie la carpeta de datos en un lugar donde pueda escribir y abra la copia (--data-dir).</translation>
    </message>
    <message>
        <source>%1 was not closed cleanly: its last changes are in %2, which can only be read in a folder you may write to.</source>
        <translation>%1 no se cerró correctamente: sus últimos cambios están en %2, que solo puede leerse en una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Restore the last good backup; the damaged file was not changed.</source>
        <translation>Restaure la última copia de seguridad en buen estado; el archivo dañado no se modificó.</translation>
    </message>
    <message>
        <source>Close the other ncdesk window or command using it, then try again.</source>
        <translation>Cierre la otra ventana u orden de ncdesk que la está usando y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Check that you may write to the data folder, or choose another with --data-dir.</source>
        <translation>Compruebe que puede escribir en la carpeta de datos, o elija otra con --data-dir.</translation>
    </message>
    <message>
        <source>Free some space on the disk, then try again; nothing was saved.</source>
        <translation>Libere espacio en el disco y vuelva a intentarlo; no se guardó nada.</translation>
    </message>
    <message>
        <source>Restore the last good backup: ncdesk restore %1 (in the window: File ▸ Restore…).</source>
        <translation>Restaure la última copia de seguridad en buen estado: ncdesk restore %1 (en la ventana: Archivo ▸ Restaurar una copia de seguridad…).</translation>
    </message>
    <message>
        <source>%1 Or start anew, with an empty database: ncdesk init --new (in the window: Start a new database).</source>
        <translation>%1 O empiece de nuevo, con una base de datos vacía: ncdesk init --new (en la ventana: Empezar una base de datos nueva).</translation>
    </message>
    <message>
        <source>There is no good backup. To start anew, with an empty database: ncdesk init --new (in the window: Start a new database); ncdesk does not do it by itself.</source>
        <translation>No hay ninguna copia de seguridad en buen estado. Para empezar de nuevo, con una base de datos vacía: ncdesk init --new (en la ventana: Empezar una base de datos nueva); ncdesk no lo hace por sí solo.</translation>
    </message>
    <message>
        <source>The database of %1 was moved to %2 on %3 because it was damaged; ncdesk does not start a new database by itself.</source>
        <translation>La base de datos de %1 se trasladó a %2 el %3 porque estaba dañada; ncdesk no empieza por sí solo una base de datos nueva.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The database of %1 was moved aside as damaged; ncdesk does not start a new database by itself.</source>
        <translation>La base de datos de %1 se apartó como dañada; ncdesk no empieza por sí solo una base de datos nueva.</translation>
    </message>
    <message>
        <source>The database of the encrypted data folder %1 is missing; ncdesk does not start a new database by itself (it would not be encrypted).</source>
        <translation>Falta la base de datos de la carpeta de datos cifrada %1; ncdesk no empieza por sí solo una base de datos nueva (no estaría cifrada).</translation>
    </message>
    <message>
        <source>Restore the last good backup: ncdesk restore %1 (in the window: Restore the backup). Or start anew, with an empty database: ncdesk init --new (in the window: Start a new database).</source>
        <translation>Restaure la última copia de seguridad en buen estado: ncdesk restore %1 (en la ventana: Restaurar la copia de seguridad). O empiece de nuevo, con una base de datos vacía: ncdesk init --new (en la ventana: Empezar una base de datos nueva).</translation>
    </message>
    <message>
        <source>Restore a backup if you have one (ncdesk backups lists them; ncdesk restore FILE), or start anew, with an empty database: ncdesk init --new (in the window: Start a new database).</source>
        <translation>Restaure una copia de seguridad si tiene alguna (ncdesk backups las enumera; ncdesk restore FILE), o empiece de nuevo, con una base de datos vacía: ncdesk init --new (en la ventana: Empezar una base de datos nueva).</translation>
    </message>
    <message>
        <source>The data folder %1 is encrypted: a new database there is encrypted with its passphrase.</source>
        <translation>La carpeta de datos %1 está cifrada: una base de datos nueva en ella se cifra con su frase de contraseña.</translation>
    </message>
    <message>
        <source>There is a database in %1 already; nothing was changed.</source>
        <translation>Ya hay una base de datos en %1; no se cambió nada.</translation>
    </message>
    <message>
        <source>A new database is started only where the damaged one was moved aside.</source>
        <translation>Solo se empieza una base de datos nueva donde se apartó la dañada.</translation>
    </message>
    <message>
        <source>Changes recorded up to number %1 are missing from the database %2 (it ends at number %3): its write-ahead log (-wal) was lost.</source>
        <translation>Faltan en la base de datos %2 cambios registrados hasta el número %1 (termina en el número %3): se perdió su registro de escritura anticipada (-wal).</translation>
    </message>
    <message>
        <source>The database file %1 is empty (0 bytes).</source>
        <translation>El archivo de base de datos %1 está vacío (0 bytes).</translation>
    </message>
    <message>
        <source>The damaged file was moved to %1; nothing was deleted.</source>
        <translation>El archivo dañado se movió a %1; no se eliminó nada.</translation>
    </message>
    <message>
        <source>The database is in use by another ncdesk%1.</source>
        <translation>La base de datos está en uso por otro ncdesk%1.</translation>
    </message>
    <message>
        <source>The database cannot be written%1.</source>
        <translation>No se puede escribir en la base de datos%1.</translation>
    </message>
    <message>
        <source>The disk is full%1.</source>
        <translation>El disco está lleno%1.</translation>
    </message>
    <message>
        <source>The database file is damaged or not an ncdesk database%1.</source>
        <translation>El archivo de la base de datos está dañado o no es una base de datos de ncdesk%1.</translation>
    </message>
    <message>
        <source>The database file cannot be opened%1.</source>
        <translation>No se puede abrir el archivo de la base de datos%1.</translation>
    </message>
    <message>
        <source>The disk reported an input/output error%1.</source>
        <translation>El disco notificó un error de entrada/salida%1.</translation>
    </message>
    <message>
        <source>The database is damaged: the column %1 holds text that is not valid UTF-8%2.</source>
        <translation>La base de datos está dañada: la columna %1 contiene texto que no es UTF-8 válido%2.</translation>
    </message>
    <message>
        <source>Choose a data folder with a shorter path, with --data-dir (or NCDESK_DATA_DIR).</source>
        <translation>Elija una carpeta de datos con una ruta más corta, con --data-dir (o NCDESK_DATA_DIR).</translation>
    </message>
    <message>
        <source>The path of the data folder is too long (%1 bytes; at most %2): its database and backups could not be written (%3).</source>
        <translation>La ruta de la carpeta de datos es demasiado larga (%1 bytes; como máximo %2): no se pudieron escribir su base de datos ni sus copias de seguridad (%3).</translation>
    </message>
    <message>
        <source>the workbook&apos;s XML declares entities or a DTD (an XML bomb?), in %1; refused unread</source>
        <translation>el XML del libro declara entidades o una DTD (¿una bomba XML?), en %1; rechazado sin leerlo</translation>
    </message>
    <message>
        <source>The passphrase is one of the commonest or close to one: it would be guessed at once. Add another word or two; uncommon words are best.</source>
        <translation>La frase de contraseña es una de las más comunes o se parece mucho a una: se adivinaría enseguida. Añada una o dos palabras más; lo mejor son palabras poco comunes.</translation>
    </message>
    <message>
        <source>The passphrase is weak: someone with the laptop could guess it with some effort. A sentence of four or more uncommon words is much safer.</source>
        <translation>La frase de contraseña es débil: alguien que tenga el portátil podría adivinarla con cierto esfuerzo. Una frase de cuatro o más palabras poco comunes es mucho más segura.</translation>
    </message>
    <message>
        <source>Run ncdesk check to see where, then ncdesk check --repair to mend it (the damaged characters become �); or restore the last good backup: ncdesk restore %1.</source>
        <translation>Ejecute ncdesk check para ver dónde y luego ncdesk check --repair para repararla (los caracteres dañados se convierten en �); o restaure la última copia de seguridad en buen estado: ncdesk restore %1.</translation>
    </message>
    <message>
        <source>Run ncdesk check to see where, then ncdesk check --repair to mend it (the damaged characters become �).</source>
        <translation>Ejecute ncdesk check para ver dónde y luego ncdesk check --repair para repararla (los caracteres dañados se convierten en �).</translation>
    </message>
    <message>
        <source>Free some space or close the other program using the database, then export again to record it.</source>
        <translation>Libere espacio o cierre el otro programa que usa la base de datos y vuelva a exportar para registrarlo.</translation>
    </message>
    <message>
        <source>%1 was written, but the export could not be recorded in the history: %2</source>
        <translation>%1 se escribió, pero la exportación no pudo registrarse en el historial: %2</translation>
    </message>
    <message>
        <source>Nothing was changed. Edit the record itself instead.</source>
        <translation>No se cambió nada. Modifique en su lugar el propio registro.</translation>
    </message>
    <message>
        <source>No change %1 in the history.</source>
        <translation>No hay ningún cambio %1 en el historial.</translation>
    </message>
    <message>
        <source>%1 wrote a file, which the database cannot take back; delete the file if it should not exist (the history keeps the record of the export).</source>
        <translation>%1 escribió un archivo, que la base de datos no puede deshacer; elimine el archivo si no debe existir (el historial conserva el registro de la exportación).</translation>
    </message>
    <message>
        <source>The change %1 wrote nothing; there is nothing to revert.</source>
        <translation>El cambio %1 no escribió nada; no hay nada que revertir.</translation>
    </message>
    <message>
        <source>Cannot revert a change to %1.</source>
        <translation>No se puede revertir un cambio en %1.</translation>
    </message>
    <message>
        <source>Cannot revert %1: the record it added is gone.</source>
        <translation>No se puede revertir %1: el registro que añadió ya no existe.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>No hay nada que rehacer.</translation>
    </message>
    <message>
        <source>Cannot revert %1: the record exists again.</source>
        <translation>No se puede revertir %1: el registro existe de nuevo.</translation>
    </message>
    <message>
        <source>Cannot revert %1: the record it changed is gone.</source>
        <translation>No se puede revertir %1: el registro que cambió ya no existe.</translation>
    </message>
    <message>
        <source>Cannot revert %1: %2 was changed again since.</source>
        <translation>No se puede revertir %1: el campo «%2» se ha vuelto a cambiar desde entonces.</translation>
    </message>
    <message>
        <source>Cannot revert %1: records added since refer to what it added.</source>
        <translation>No se puede revertir %1: registros añadidos después remiten a lo que añadió.</translation>
    </message>
    <message>
        <source>Close the other ncdesk (window or command) using this data folder, then try again.</source>
        <translation>Cierre el otro ncdesk (ventana u orden) que usa esta carpeta de datos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1, process %2 on %3</source>
        <translation>%1, proceso %2 en %3</translation>
    </message>
    <message>
        <source>%1, process %2</source>
        <translation>%1, proceso %2</translation>
    </message>
    <message>
        <source>ncdesk is already open on this data folder (%1).</source>
        <translation>ncdesk ya está abierto en esta carpeta de datos (%1).</translation>
    </message>
    <message>
        <source>ncdesk is already open on this data folder (%1, since %2).</source>
        <translation>ncdesk ya está abierto en esta carpeta de datos (%1, desde %2).</translation>
    </message>
    <message>
        <source>No %1 with id %2.</source>
        <translation>No hay ningún registro %1 con el identificador %2.</translation>
    </message>
    <message>
        <source>These are one record already: there is nothing to merge.</source>
        <translation>Ya son un solo registro: no hay nada que fusionar.</translation>
    </message>
    <message>
        <source>%1 has no field %2</source>
        <translation>%1 no tiene el campo %2</translation>
    </message>
    <message>
        <source>no State given</source>
        <translation>no se indicó ningún Estado</translation>
    </message>
    <message>
        <source>%1 matches several States: %2; say which</source>
        <translation>%1 corresponde a varios Estados: %2; indique cuál</translation>
    </message>
    <message>
        <source>unknown State %1</source>
        <translation>Estado desconocido %1</translation>
    </message>
    <message>
        <source>unknown State %1; closest: %2</source>
        <translation>Estado desconocido %1; los más parecidos: %2</translation>
    </message>
    <message>
        <source>no person given</source>
        <translation>no se indicó ninguna persona</translation>
    </message>
    <message>
        <source>%1 matches several persons: %2; say which</source>
        <translation>%1 corresponde a varias personas: %2; indique cuál</translation>
    </message>
    <message>
        <source>unknown person %1</source>
        <translation>persona desconocida %1</translation>
    </message>
    <message>
        <source>unknown person %1; closest: %2</source>
        <translation>persona desconocida %1; las más parecidas: %2</translation>
    </message>
    <message>
        <source>no situation given</source>
        <translation>no se indicó ninguna situación</translation>
    </message>
    <message>
        <source>%1 matches several situations: %2; say which</source>
        <translation>%1 corresponde a varias situaciones: %2; indique cuál</translation>
    </message>
    <message>
        <source>unknown situation %1</source>
        <translation>situación desconocida %1</translation>
    </message>
    <message>
        <source>unknown situation %1; closest: %2</source>
        <translation>situación desconocida %1; las más parecidas: %2</translation>
    </message>
    <message>
        <source>no case given</source>
        <translation>no se indicó ninguna causa</translation>
    </message>
    <message>
        <source>%1 matches several cases: %2; say which</source>
        <translation>%1 corresponde a varias causas: %2; indique cuál</translation>
    </message>
    <message>
        <source>unknown case %1</source>
        <translation>causa desconocida %1</translation>
    </message>
    <message>
        <source>unknown case %1; closest: %2</source>
        <translation>causa desconocida %1; las más parecidas: %2</translation>
    </message>
    <message>
        <source>%1: give at least the first 4 characters of the alert&apos;s id</source>
        <translation>%1: indique al menos los 4 primeros caracteres del identificador de la alerta</translation>
    </message>
    <message>
        <source>no travel alert has an id starting with %1 (see ncdesk alert list)</source>
        <translation>ninguna alerta de viaje tiene un identificador que empiece por %1 (véase ncdesk alert list)</translation>
    </message>
    <message>
        <source>%1 matches %2 alerts; give more characters of the id</source>
        <translation>%1 corresponde a %2 alertas; indique más caracteres del identificador</translation>
    </message>
    <message>
        <source>cannot be added: %1</source>
        <translation>no se puede añadir: %1</translation>
    </message>
    <message>
        <source>the format is %1; expected %2</source>
        <translation>el formato es %1; se espera %2</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>se espera un número entero; se encontró %1</translation>
    </message>
    <message>
        <source>written by a newer ncdesk (format version %1); this ncdesk reads version %2</source>
        <translation>escrito por una versión más reciente de ncdesk (versión de formato %1); esta versión de ncdesk lee la versión %2</translation>
    </message>
    <message>
        <source>%1 is not a format version</source>
        <translation>%1 no es una versión de formato</translation>
    </message>
    <message>
        <source>expected an object of tables, each a list of rows</source>
        <translation>se espera un objeto de tablas, cada una una lista de filas</translation>
    </message>
    <message>
        <source>no table</source>
        <translation>ninguna tabla</translation>
    </message>
    <message>
        <source>holds none of the tables of an ncdesk export (found %1)</source>
        <translation>no contiene ninguna de las tablas de una exportación de ncdesk (se encontró %1)</translation>
    </message>
    <message>
        <source>expected text or null</source>
        <translation>se espera texto o null</translation>
    </message>
    <message>
        <source>another record already has this value</source>
        <translation>otro registro ya tiene este valor</translation>
    </message>
    <message>
        <source>refers to a record that is neither in the file nor in the database</source>
        <translation>remite a un registro que no está ni en el archivo ni en la base de datos</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>se espera %1; se encontró %2</translation>
    </message>
    <message>
        <source>expected a list of rows, found a JSON %1</source>
        <translation>se espera una lista de filas; se encontró un %1 JSON</translation>
    </message>
    <message>
        <source>expected an object, found a JSON %1</source>
        <translation>se espera un objeto; se encontró un %1 JSON</translation>
    </message>
    <message>
        <source>expected the record&apos;s id (a UUID of 36 characters)</source>
        <translation>se espera el identificador del registro (un UUID de 36 caracteres)</translation>
    </message>
    <message>
        <source>this id is already the id of a %1</source>
        <translation>este identificador ya es el de un registro «%1»</translation>
    </message>
    <message>
        <source>recorded here as a %1 record, in the file as a %2 record</source>
        <translation>registrado aquí como registro «%1», en el archivo como registro «%2»</translation>
    </message>
    <message>
        <source>the same id as row %1 of this table, with different content</source>
        <translation>el mismo identificador que la fila %1 de esta tabla, con un contenido distinto</translation>
    </message>
    <message>
        <source>no column is recognised: the header row must name the columns, or they must be mapped (see the templates; docs/IMPORT_FORMAT.md)</source>
        <translation>no se reconoce ninguna columna: la fila de encabezado debe nombrar las columnas, o estas deben asignarse (véanse las plantillas; docs/IMPORT_FORMAT.md)</translation>
    </message>
    <message>
        <source>State, date and addressee</source>
        <translation>Estado, fecha y destinatario</translation>
    </message>
    <message>
        <source>row 1 above the header is not read: %1</source>
        <translation>la fila 1, encima del encabezado, no se lee: %1</translation>
    </message>
    <message>
        <source>rows 1–%1 above the header are not read: %2</source>
        <translation>las filas 1 a %1, encima del encabezado, no se leen: %2</translation>
    </message>
    <message>
        <source>row %1 is the import template&apos;s example: not imported</source>
        <translation>la fila %1 es el ejemplo de la plantilla de importación: no se importa</translation>
    </message>
    <message>
        <source>this row is marked as the template&apos;s example (%1) but holds other values: delete that cell to import the row, or delete the row</source>
        <translation>esta fila está marcada como el ejemplo de la plantilla (%1) pero contiene otros valores: borre esa celda para importar la fila, o borre la fila</translation>
    </message>
    <message>
        <source>sheet “%1”: %2</source>
        <translation>hoja «%1»: %2</translation>
    </message>
    <message>
        <source>row %1 repeats the header: not read</source>
        <translation>la fila %1 repite el encabezado: no se lee</translation>
    </message>
    <message>
        <source>more than %1 merged ranges in a sheet</source>
        <translation>más de %1 rangos combinados en una hoja</translation>
    </message>
    <message>
        <source>a value in column %1, which the header row does not name</source>
        <translation>un valor en la columna %1, que la fila de encabezado no nombra</translation>
    </message>
    <message>
        <source>The PDF could not be typeset (%1): %2</source>
        <translation>No se pudo componer el PDF (%1): %2</translation>
    </message>
    <message>
        <source>A card needs a name, such as “Mexico — focal point”.</source>
        <translation>Una tarjeta necesita un nombre, como «México — coordinador».</translation>
    </message>
    <message>
        <source>A card&apos;s name has at most %1 characters; this one has %2.</source>
        <translation>El nombre de una tarjeta tiene como máximo %1 caracteres; este tiene %2.</translation>
    </message>
    <message>
        <source>A card&apos;s name is one line of text, without control characters.</source>
        <translation>El nombre de una tarjeta es una sola línea de texto, sin caracteres de control.</translation>
    </message>
    <message>
        <source>The card is damaged (changed or cut when it was copied): ask its owner to send it again.</source>
        <translation>La tarjeta está dañada (se modificó o se cortó al copiarla): pida a su titular que la vuelva a enviar.</translation>
    </message>
    <message>
        <source>The card was made by a newer ncdesk (card format %1): update ncdesk, then add it again.</source>
        <translation>La tarjeta se creó con una versión más reciente de ncdesk (formato de tarjeta %1): actualice ncdesk y vuelva a añadirla.</translation>
    </message>
    <message>
        <source>No ncdesk card in this text: give the whole card, from %1 to %2.</source>
        <translation>No hay ninguna tarjeta de ncdesk en este texto: indique la tarjeta completa, de %1 a %2.</translation>
    </message>
    <message>
        <source>This text holds %1 different cards: add them one at a time.</source>
        <translation>Este texto contiene %1 tarjetas distintas: añádalas de una en una.</translation>
    </message>
    <message>
        <source>This file is not an ncdesk package: nothing was read from it.</source>
        <translation>Este archivo no es un paquete de ncdesk: no se leyó nada de él.</translation>
    </message>
    <message>
        <source>The package is incomplete (cut short, perhaps still being copied): wait until the copy has finished, or ask the sender to send it again.</source>
        <translation>El paquete está incompleto (cortado, quizá todavía se está copiando): espere a que termine la copia o pida al remitente que lo vuelva a enviar.</translation>
    </message>
    <message>
        <source>The package is addressed to other focal points, not to this installation: ask the sender to share it to you (with your current card).</source>
        <translation>El paquete está dirigido a otros coordinadores, no a esta instalación: pida al remitente que lo comparta con usted (con su tarjeta actual).</translation>
    </message>
    <message>
        <source>The package is locked with a passphrase (a handover): give the passphrase its sender chose.</source>
        <translation>El paquete está bloqueado con una frase de contraseña (un traspaso): indique la frase de contraseña que eligió su remitente.</translation>
    </message>
    <message>
        <source>The passphrase does not open this package: type it again (it is case-sensitive), or ask the sender.</source>
        <translation>La frase de contraseña no abre este paquete: escríbala de nuevo (distingue mayúsculas y minúsculas) o pregunte al remitente.</translation>
    </message>
    <message>
        <source>The package was made by a newer ncdesk (package format %1; this one reads up to %2): update ncdesk, then receive it again.</source>
        <translation>El paquete se creó con una versión más reciente de ncdesk (formato de paquete %1; esta lee hasta el %2): actualice ncdesk y vuelva a recibirlo.</translation>
    </message>
    <message>
        <source>The package was changed or damaged after it was signed (or the copy is incomplete): nothing was read from it; ask the sender to send it again.</source>
        <translation>El paquete se modificó o se dañó después de firmarse (o la copia está incompleta): no se leyó nada de él; pida al remitente que lo vuelva a enviar.</translation>
    </message>
    <message>
        <source>The package is signed by %1 (fingerprint %2), who is not among your contacts: compare the fingerprint with them by phone, then add their card with `ncdesk contact add CARD`.</source>
        <translation>El paquete está firmado por %1 (huella %2), que no figura entre sus contactos: compare la huella por teléfono con su interlocutor y luego añada su tarjeta con `ncdesk contact add TARJETA`.</translation>
    </message>
    <message>
        <source>The package is larger than ncdesk accepts (%1 bytes; at most %2): ask the sender to share fewer changes at a time.</source>
        <translation>El paquete es más grande de lo que ncdesk acepta (%1 bytes; como máximo %2): pida al remitente que comparta menos cambios a la vez.</translation>
    </message>
    <message>
        <source>The record changed since the package was previewed (an edit, or another package received).</source>
        <translation>Los datos han cambiado desde la vista previa del paquete (una modificación u otro paquete recibido).</translation>
    </message>
    <message>
        <source>Nothing was changed. Open the package again to see what it would do now.</source>
        <translation>No se ha modificado nada. Vuelva a abrir el paquete para ver lo que haría ahora.</translation>
    </message>
    <message>
        <source>an attached file is malformed</source>
        <translation>un archivo adjunto está mal formado</translation>
    </message>
    <message>
        <source>an attached file has the name of one already here</source>
        <translation>un archivo adjunto tiene el nombre de uno que ya está aquí</translation>
    </message>
    <message>
        <source>an attached file does not match its fingerprint</source>
        <translation>un archivo adjunto no coincide con su huella</translation>
    </message>
    <message>
        <source>its attached files are malformed</source>
        <translation>sus archivos adjuntos están mal formados</translation>
    </message>
    <message>
        <source>an attached file has a name ncdesk does not make</source>
        <translation>un archivo adjunto tiene un nombre que ncdesk no genera</translation>
    </message>
    <message>
        <source>the file %1 is not text</source>
        <translation>el archivo %1 no es texto</translation>
    </message>
    <message>
        <source>Nothing was changed. If they publish them (the Secretariat), mark them so: ncdesk contact add CARD --publisher, or in the Team view.</source>
        <translation>No se ha modificado nada. Si publica esas versiones (la Secretaría), indíquelo: ncdesk contact add TARJETA --publisher, o en la vista Equipo.</translation>
    </message>
    <message>
        <source>Say whom the release is for (contacts).</source>
        <translation>Indique a quién va dirigida la versión (contactos).</translation>
    </message>
    <message>
        <source>its content is not readable (%1)</source>
        <translation>su contenido no es legible (%1)</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>it was signed by %1 but says it comes from another installation</source>
        <translation>lo firmó %1, pero dice proceder de otra instalación</translation>
    </message>
    <message>
        <source>The package was made by a newer ncdesk (release format %1; this ncdesk reads %2).</source>
        <translation>El paquete se creó con una versión más reciente de ncdesk (formato de versión %1; esta versión de ncdesk lee el %2).</translation>
    </message>
    <message>
        <source>it holds a file that is not reference data (%1)</source>
        <translation>contiene un archivo que no es de datos de referencia (%1)</translation>
    </message>
    <message>
        <source>it holds no reference files</source>
        <translation>no contiene ningún archivo de referencia</translation>
    </message>
    <message>
        <source>The package holds the reference release %1, older than the one here (%2).</source>
        <translation>El paquete contiene la versión de referencia %1, anterior a la de este equipo (%2).</translation>
    </message>
    <message>
        <source>The package is a reference release, and %1 is not marked as the publisher of reference releases.</source>
        <translation>El paquete es una versión de referencia, y %1 no está indicado como editor de las versiones de referencia.</translation>
    </message>
    <message>
        <source>its reference data is not valid (%1)</source>
        <translation>sus datos de referencia no son válidos (%1)</translation>
    </message>
    <message>
        <source>Say whom the package is for (a contact), or give a passphrase for a handover.</source>
        <translation>Indique a quién va dirigido el paquete (un contacto) o indique una frase de contraseña para un traspaso.</translation>
    </message>
    <message>
        <source>The package cannot be applied: it was signed by %1 but says it comes from another installation.</source>
        <translation>No se puede aplicar el paquete: lo firmó %1, pero dice proceder de otra instalación.</translation>
    </message>
    <message>
        <source>Nothing was changed. Ask the sender for a new package.</source>
        <translation>No se cambió nada. Pida al remitente un nuevo paquete.</translation>
    </message>
    <message>
        <source>The package cannot be applied: its content is not readable (%1).</source>
        <translation>No se puede aplicar el paquete: su contenido no es legible (%1).</translation>
    </message>
    <message>
        <source>The file %1 is too large for a package (%2 bytes).</source>
        <translation>El archivo %1 es demasiado grande para un paquete (%2 bytes).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>Create it first: ncdesk identity --name NAME.</source>
        <translation>Créela primero: ncdesk identity --name NOMBRE.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>No contact is called %1 (contacts: %2).</source>
        <translation>Ningún contacto se llama %1 (contactos: %2).</translation>
    </message>
    <message>
        <source>The package cannot be applied: %1.</source>
        <translation>No se puede aplicar el paquete: %1.</translation>
    </message>
    <message>
        <source>This data folder has no identity for sharing yet.</source>
        <translation>Esta carpeta de datos aún no tiene identidad para compartir.</translation>
    </message>
    <message>
        <source>This card is this data folder&apos;s own card.</source>
        <translation>Esta tarjeta es la de esta misma carpeta de datos.</translation>
    </message>
    <message>
        <source>The contact %1 is already recorded with other keys: a card that claims to be theirs with different keys may not come from them.</source>
        <translation>El contacto %1 ya está registrado con otras claves: una tarjeta que dice ser suya con claves distintas puede no proceder de él.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with them by phone; if they made new keys, remove the contact first.</source>
        <translation>Compare la huella por teléfono con su interlocutor; si ha creado nuevas claves, quite primero el contacto.</translation>
    </message>
    <message>
        <source>These keys are already the contact %1&apos;s.</source>
        <translation>Estas claves ya son las del contacto %1.</translation>
    </message>
    <message>
        <source>%1 has no valid version</source>
        <translation>%1 no tiene una versión válida</translation>
    </message>
    <message>
        <source>it does not hold ncdesk changes</source>
        <translation>no contiene cambios de ncdesk</translation>
    </message>
    <message>
        <source>its format version is missing</source>
        <translation>falta su versión de formato</translation>
    </message>
    <message>
        <source>The package was made by a newer ncdesk (changes format %1; this ncdesk reads %2).</source>
        <translation>El paquete se creó con una versión más reciente de ncdesk (formato de cambios %1; esta versión de ncdesk lee el %2).</translation>
    </message>
    <message>
        <source>Nothing was changed. Update ncdesk, then receive it again.</source>
        <translation>No se cambió nada. Actualice ncdesk y vuelva a recibir el paquete.</translation>
    </message>
    <message>
        <source>the sender&apos;s name or the date is missing</source>
        <translation>falta el nombre del remitente o la fecha</translation>
    </message>
    <message>
        <source>its clock is missing</source>
        <translation>falta su reloj</translation>
    </message>
    <message>
        <source>its records are missing</source>
        <translation>faltan sus registros</translation>
    </message>
    <message>
        <source>%1 conflict(s) wait for a decision: the same field was changed here and by the sender.</source>
        <translation>%1 conflicto(s) a la espera de una decisión: el mismo campo se modificó aquí y por el remitente.</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose for each, or receive with --take mine or --take theirs.</source>
        <translation>No se cambió nada. Elija para cada uno o reciba con --take mine o --take theirs.</translation>
    </message>
    <message>
        <source>%1 names several contacts: %2.</source>
        <translation>%1 designa varios contactos: %2.</translation>
    </message>
    <message>
        <source>Give the whole name.</source>
        <translation>Indique el nombre completo.</translation>
    </message>
    <message>
        <source>%1 is not an id</source>
        <translation>%1 no es un identificador</translation>
    </message>
    <message>
        <source>%1 is not a record of a known kind</source>
        <translation>%1 no es un registro de un tipo conocido</translation>
    </message>
    <message>
        <source>%1 has no valid id</source>
        <translation>%1 no tiene un identificador válido</translation>
    </message>
    <message>
        <source>%1 has no valid origin</source>
        <translation>%1 no tiene un origen válido</translation>
    </message>
    <message>
        <source>%1 has no valid user_fields</source>
        <translation>%1 no tiene un user_fields válido</translation>
    </message>
    <message>
        <source>%1 has no fields</source>
        <translation>%1 no tiene campos</translation>
    </message>
    <message>
        <source>removal %1 is malformed</source>
        <translation>la eliminación %1 está mal formada</translation>
    </message>
    <message>
        <source>a record refers to one that is neither in the package nor here (%1)</source>
        <translation>un registro remite a otro que no está ni en el paquete ni aquí (%1)</translation>
    </message>
    <message>
        <source>%1 has no valid %2</source>
        <translation>%1 no tiene un %2 válido</translation>
    </message>
    <message>
        <source>%1, field %2, is malformed</source>
        <translation>%1, campo %2, está mal formado</translation>
    </message>
    <message>
        <source>%1, field %2, is not a value</source>
        <translation>%1, campo %2, no es un valor</translation>
    </message>
    <message>
        <source>%1, field %2, is too large</source>
        <translation>%1, campo %2, es demasiado grande</translation>
    </message>
    <message>
        <source>the id %1 is a %2 here, not a %3</source>
        <translation>el identificador %1 es aquí un registro «%2», no «%3»</translation>
    </message>
    <message>
        <source>The package edits a reference record this ncdesk does not have (%1 %2): the sender has a newer reference release (%3).</source>
        <translation>El paquete modifica un registro de referencia que esta versión de ncdesk no tiene (%1 %2): el remitente tiene una versión más reciente de los datos de referencia (%3).</translation>
    </message>
    <message>
        <source>Nothing was changed. Update ncdesk (its reference data comes with it), then receive it again.</source>
        <translation>No se cambió nada. Actualice ncdesk (sus datos de referencia vienen con él) y vuelva a recibir el paquete.</translation>
    </message>
    <message>
        <source>a %1 breaks a rule of this database (%2)</source>
        <translation>un registro «%1» infringe una regla de esta base de datos (%2)</translation>
    </message>
    <message>
        <source>a change to a %1 breaks a rule of this database (%2)</source>
        <translation>un cambio en un registro «%1» infringe una regla de esta base de datos (%2)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>%1 %2 “%3”</source>
        <translation>%1 %2 «%3»</translation>
    </message>
    <message>
        <source>a number is too large</source>
        <translation>un número es demasiado grande</translation>
    </message>
    <message>
        <source>a value is not allowed</source>
        <translation>un valor no está permitido</translation>
    </message>
    <message>
        <source>%1 is not a day that exists, written YYYY-MM-DD</source>
        <translation>%1 no es un día que exista, escrito AAAA-MM-DD</translation>
    </message>
    <message>
        <source>the value %1 is not allowed here</source>
        <translation>el valor %1 no está permitido aquí</translation>
    </message>
    <message>
        <source>the last day (%1) is before the first (%2)</source>
        <translation>el último día (%1) es anterior al primero (%2)</translation>
    </message>
    <message>
        <source>mapped to %1, which is not a column of %2</source>
        <translation>asignada a %1, que no es una columna de %2</translation>
    </message>
    <message>
        <source>%1 is a name used for several States (%2); say which</source>
        <translation>%1 es un nombre usado para varios Estados (%2); indique cuál</translation>
    </message>
    <message>
        <source>%1 is mapped to %2: %3</source>
        <translation>%1 está asignado a %2: %3</translation>
    </message>
    <message>
        <source>%1 may be %2 (day first) or %3 (month first): say which the file uses</source>
        <translation>%1 puede ser el %2 (día primero) o el %3 (mes primero): indique cuál usa el archivo</translation>
    </message>
    <message>
        <source>%1 is not a date when the day comes %2: there is no month %3</source>
        <translation>%1 no es una fecha si el día va %2: no existe el mes %3</translation>
    </message>
    <message>
        <source>first</source>
        <translation>primero</translation>
    </message>
    <message>
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <source>contains an unpaired surrogate (U+D800–U+DFFF), which is not text</source>
        <translation>contiene un sustituto desemparejado (U+D800–U+DFFF), que no es texto</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>se espera una lista de textos</translation>
    </message>
    <message>
        <source>expected text, a number or null, found a JSON %1</source>
        <translation>se espera texto, un número o null; se encontró un %1 JSON</translation>
    </message>
    <message>
        <source>the same id as row %1 of the sheet “%2”</source>
        <translation>el mismo identificador que la fila %1 de la hoja «%2»</translation>
    </message>
    <message>
        <source>duplicate of row %1 of the sheet “%2” (the same %3)</source>
        <translation>duplicado de la fila %1 de la hoja «%2» (coinciden %3)</translation>
    </message>
    <message>
        <source>the columns fit several kinds of record; choose the kind (--kind)</source>
        <translation>las columnas corresponden a varios tipos de registro; elija el tipo (--kind)</translation>
    </message>
    <message>
        <source>the same id as row %1 of this sheet</source>
        <translation>el mismo identificador que la fila %1 de esta hoja</translation>
    </message>
    <message>
        <source>duplicate of row %1 of this sheet (the same %2)</source>
        <translation>duplicado de la fila %1 de esta hoja (coinciden %2)</translation>
    </message>
    <message>
        <source>cannot tell which kind of record this is; as %1 it lacks the column(s) %2 (or choose the kind: --kind)</source>
        <translation>no se puede saber qué tipo de registro es; como %1 le faltan las columnas %2 (o elija el tipo: --kind)</translation>
    </message>
    <message>
        <source>duplicate of a %1 already recorded (the same %2): “%3”, id %4</source>
        <translation>duplicado de un registro «%1» ya registrado (coinciden %2): «%3», identificador %4</translation>
    </message>
    <message>
        <source>the same id as row %1 of this file</source>
        <translation>el mismo identificador que la fila %1 de este archivo</translation>
    </message>
    <message>
        <source>duplicate of row %1 of this file (the same %2)</source>
        <translation>duplicado de la fila %1 de este archivo (coinciden %2)</translation>
    </message>
    <message>
        <source>person, destinations and dates</source>
        <translation>persona, destinos y fechas</translation>
    </message>
    <message>
        <source>kind, title and dates</source>
        <translation>tipo, título y fechas</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>ICC document number</source>
        <translation>número de documento de la CPI</translation>
    </message>
    <message>
        <source>%1 is not a kind that can be imported</source>
        <translation>%1 no es un tipo de registro que se pueda importar</translation>
    </message>
    <message>
        <source>stopped after %1 problems; correct these first</source>
        <translation>se detuvo tras %1 problemas; corrija primero estos</translation>
    </message>
    <message>
        <source>sheet “%1” is not read (only the first sheet is, unless sheets are named by kind)</source>
        <translation>la hoja «%1» no se lee (solo se lee la primera, salvo que las hojas lleven el nombre de un tipo)</translation>
    </message>
    <message>
        <source>no rows to import below the header</source>
        <translation>no hay filas que importar debajo del encabezado</translation>
    </message>
    <message>
        <source>expected a record id (a UUID); leave it empty for a new record</source>
        <translation>se espera un identificador de registro (un UUID); déjelo vacío para un registro nuevo</translation>
    </message>
    <message>
        <source>sheet “%1” is not read (its name is not one of the kinds imported)</source>
        <translation>la hoja «%1» no se lee (su nombre no es el de ninguno de los tipos que se importan)</translation>
    </message>
    <message>
        <source>no sheet of %1 in the workbook</source>
        <translation>ninguna hoja de %1 en el libro</translation>
    </message>
    <message>
        <source>two sheets hold %1</source>
        <translation>dos hojas contienen %1</translation>
    </message>
    <message>
        <source>unknown column; the columns of %1 are: %2</source>
        <translation>columna desconocida; las columnas de %1 son: %2</translation>
    </message>
    <message>
        <source>required column missing</source>
        <translation>falta una columna obligatoria</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>this record was deleted; restore it (Edit ▸ Restore) or leave the id empty</source>
        <translation>este registro se eliminó; restáurelo (Edición ▸ Restaurar este registro) o deje vacío el identificador</translation>
    </message>
    <message>
        <source>a closed alert needs its outcome: %1</source>
        <translation>una alerta cerrada necesita su resultado: %1</translation>
    </message>
    <message>
        <source>nothing was read</source>
        <translation>no se leyó nada</translation>
    </message>
    <message>
        <source>column %1 has values but no name</source>
        <translation>la columna %1 tiene valores pero no nombre</translation>
    </message>
    <message>
        <source>the same column as “%1”</source>
        <translation>la misma columna que «%1»</translation>
    </message>
    <message>
        <source>this id belongs to a %1</source>
        <translation>este identificador pertenece a un registro «%1»</translation>
    </message>
    <message>
        <source>a different %1 is recorded with this id (it differs in: %2); leave the id empty to add it as a new record</source>
        <translation>con este identificador está registrado otro registro «%1» (difiere en: %2); deje vacío el identificador para añadirlo como registro nuevo</translation>
    </message>
    <message>
        <source>an outcome is recorded only for a closed alert</source>
        <translation>el resultado solo se registra para una alerta cerrada</translation>
    </message>
    <message>
        <source>the %1 after those were not checked</source>
        <translation>los %1 siguientes no se comprobaron</translation>
    </message>
    <message>
        <source>the cell holds %1 characters; at most %2 are read</source>
        <translation>la celda contiene %1 caracteres; se leen como máximo %2</translation>
    </message>
    <message>
        <source>contains the control character %1, which is not text</source>
        <translation>contiene el carácter de control %1, que no es texto</translation>
    </message>
    <message>
        <source>an object with keys %1</source>
        <translation>un objeto con las claves %1</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>un valor</translation>
    </message>
    <message>
        <source>expected a list of records ([{...}, ...]) or an ncdesk export ({&quot;format&quot;: &quot;ncdesk-export&quot;, ...}); found %1</source>
        <translation>se espera una lista de registros ([{...}, ...]) o una exportación de ncdesk ({&quot;format&quot;: &quot;ncdesk-export&quot;, ...}); se encontró %1</translation>
    </message>
    <message>
        <source>contains a NUL character on line %1: this is not a text file (or UTF-16 without a BOM)</source>
        <translation>contiene un carácter NUL en la línea %1: no es un archivo de texto (o es UTF-16 sin BOM)</translation>
    </message>
    <message>
        <source>the first row must name the columns (see the template)</source>
        <translation>la primera fila debe nombrar las columnas (véase la plantilla)</translation>
    </message>
    <message>
        <source>the workbook holds %1 parts; at most %2 are read</source>
        <translation>el libro contiene %1 partes; se leen como máximo %2</translation>
    </message>
    <message>
        <source>the workbook is encrypted or password-protected; save an unprotected copy</source>
        <translation>el libro está cifrado o protegido con contraseña; guarde una copia sin protección</translation>
    </message>
    <message>
        <source>the workbook unpacks to %1 bytes; at most %2 are read (a damaged file or a zip bomb)</source>
        <translation>el libro se descomprime en %1 bytes; se leen como máximo %2 (un archivo dañado o una bomba zip)</translation>
    </message>
    <message>
        <source>a zip file but not an Excel workbook (.xlsx)</source>
        <translation>un archivo zip, pero no un libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>more than %1 records; split the file</source>
        <translation>más de %1 registros; divida el archivo</translation>
    </message>
    <message>
        <source>the records have no fields</source>
        <translation>los registros no tienen campos</translation>
    </message>
    <message>
        <source>the file is %1 bytes; at most %2 are read</source>
        <translation>el archivo tiene %1 bytes; se leen como máximo %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte %1 on line %2); save it as “CSV UTF-8” (Excel) or “Unicode (UTF-8)” (LibreOffice)</source>
        <translation>el archivo no es texto UTF-8 (byte %1 en la línea %2); guárdelo como «CSV UTF-8» (Excel) o «Unicode (UTF-8)» (LibreOffice)</translation>
    </message>
    <message>
        <source>the file is not valid %1 text (line %2)</source>
        <translation>el archivo no es texto %1 válido (línea %2)</translation>
    </message>
    <message>
        <source>cannot be read as CSV: %1</source>
        <translation>no se puede leer como CSV: %1</translation>
    </message>
    <message>
        <source>not a readable Excel workbook (.xlsx): the file is damaged or truncated (%1)</source>
        <translation>no es un libro de Excel legible (.xlsx): el archivo está dañado o truncado (%1)</translation>
    </message>
    <message>
        <source>the part %1 is compressed %2 to 1: refused</source>
        <translation>la parte %1 está comprimida %2 a 1: rechazada</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx)</source>
        <translation>una hoja de cálculo OpenDocument (.ods); guárdela como libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>not a readable Excel workbook (.xlsx): %1</source>
        <translation>no es un libro de Excel legible (.xlsx): %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>el JSON está anidado a demasiada profundidad</translation>
    </message>
    <message>
        <source>record %1 is a JSON %2; each record must be an object</source>
        <translation>el registro %1 es un %2 JSON; cada registro debe ser un objeto</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe ese archivo</translation>
    </message>
    <message>
        <source>cannot be read (no permission)</source>
        <translation>no se puede leer (sin permiso)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>the list holds no records</source>
        <translation>la lista no contiene registros</translation>
    </message>
    <message>
        <source>more than %1 rows; split the file</source>
        <translation>más de %1 filas; divida el archivo</translation>
    </message>
    <message>
        <source>%1 columns; at most %2 are read</source>
        <translation>%1 columnas; se leen como máximo %2</translation>
    </message>
    <message>
        <source>the workbook&apos;s XML declares entities or a DTD (an XML bomb?); refused unread</source>
        <translation>el XML del libro declara entidades o una DTD (¿una bomba XML?); rechazado sin leer</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>más de %1 columnas</translation>
    </message>
    <message>
        <source>more than %1 different keys</source>
        <translation>más de %1 claves distintas</translation>
    </message>
    <message>
        <source>a JSON %1 here; expected text, a number or a list of texts</source>
        <translation>un %1 JSON aquí; se espera texto, un número o una lista de textos</translation>
    </message>
    <message>
        <source>%1: the file name must end in .pdf or .docx</source>
        <translation>%1: el nombre del archivo debe terminar en .pdf o .docx</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 es una carpeta; indique un nombre de archivo</translation>
    </message>
    <message>
        <source>the folder %1 does not exist; create it or choose another</source>
        <translation>la carpeta %1 no existe; créela o elija otra</translation>
    </message>
    <message>
        <source>the alert has no destination State to write to</source>
        <translation>la alerta no tiene ningún Estado de destino al que escribir</translation>
    </message>
    <message>
        <source>an Excel 97–2003 workbook (.xls); save it as an Excel workbook (.xlsx)</source>
        <translation>un libro de Excel 97–2003 (.xls); guárdelo como libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>the workbook has no rows</source>
        <translation>el libro no tiene filas</translation>
    </message>
    <message>
        <source>The data folder %1 is on a network drive%2. SQLite databases can be damaged over a network connection; move the data folder to a local disk.</source>
        <translation>La carpeta de datos %1 está en una unidad de red%2. Las bases de datos SQLite pueden dañarse a través de una conexión de red; mueva la carpeta de datos a un disco local.</translation>
    </message>
    <message>
        <source>The data folder %1 is inside %2, a folder synchronised to the cloud. A synchronised copy of an open database can be damaged or leak; move the data folder to an ordinary local folder (ncdesk --data-dir, or NCDESK_DATA_DIR) and keep copies with the backups instead.</source>
        <translation>La carpeta de datos %1 está dentro de %2, una carpeta sincronizada con la nube. La copia sincronizada de una base de datos abierta puede dañarse o filtrarse; mueva la carpeta de datos a una carpeta local normal (ncdesk --data-dir o NCDESK_DATA_DIR) y guarde copias con las copias de seguridad.</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 no es un archivo</translation>
    </message>
    <message>
        <source>the window</source>
        <translation>la ventana</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <source>Court proceedings and findings: States Parties</source>
        <translation>Actuaciones y conclusiones de la Corte: Estados Partes</translation>
    </message>
    <message>
        <source>Court proceedings and findings: States under an obligation to cooperate with the Court pursuant to a decision of the United Nations Security Council</source>
        <translation>Actuaciones y conclusiones de la Corte: Estados obligados a cooperar con la Corte en virtud de una decisión del Consejo de Seguridad de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Court proceedings and findings: States not Parties</source>
        <translation>Actuaciones y conclusiones de la Corte: Estados que no son partes</translation>
    </message>
    <message>
        <source>Actions undertaken by the President of the Assembly and the Bureau, States Parties and other stakeholders</source>
        <translation>Medidas adoptadas por la Presidencia de la Asamblea y la Mesa, los Estados Partes y otras partes interesadas</translation>
    </message>
    <message>
        <source>The United Nations Security Council</source>
        <translation>El Consejo de Seguridad de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Consultations on non-cooperation</source>
        <translation>Consultas sobre la falta de cooperación</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Report of the Bureau on non-cooperation (draft)</source>
        <translation>Informe de la Mesa sobre la falta de cooperación (proyecto)</translation>
    </message>
    <message>
        <source>Period from %1 to %2</source>
        <translation>Período comprendido entre el %1 y el %2</translation>
    </message>
    <message>
        <source>the State</source>
        <translation>el Estado</translation>
    </message>
    <message>
        <source>In relation to %1, on %2, %3 submitted: “%4”.</source>
        <translation>En relación con %1, el %2, %3 presentó: “%4”.</translation>
    </message>
    <message>
        <source>the Court</source>
        <translation>la Corte</translation>
    </message>
    <message>
        <source>In relation to %1, on %2, %3 issued a “%4”.</source>
        <translation>En relación con %1, el %2, %3 dictó la siguiente decisión: “%4”.</translation>
    </message>
    <message>
        <source>The Presidency of the Court transmitted the decision and referred the matter to the Assembly of States Parties on %1.</source>
        <translation>La Presidencia de la Corte transmitió la decisión y remitió la cuestión a la Asamblea de los Estados Partes el %1.</translation>
    </message>
    <message>
        <source>The Chamber deferred its determination as to whether the matter should be referred to the Assembly of States Parties or to the Security Council.</source>
        <translation>La Sala aplazó su determinación sobre si la cuestión debía remitirse a la Asamblea de los Estados Partes o al Consejo de Seguridad.</translation>
    </message>
    <message>
        <source>Article 112, paragraph (2)(f), of the Rome Statute provides that the Assembly shall consider, pursuant to article 87, paragraphs 5 and 7, any question relating to non-cooperation.</source>
        <translation>El artículo 112 2) f) del Estatuto de Roma dispone que la Asamblea examinará, de conformidad con los párrafos 5 y 7 del artículo 87, cualquier cuestión relativa a la falta de cooperación.</translation>
    </message>
    <message>
        <source>The present report covers the activities of the Bureau, the President of the Assembly and the focal points on non-cooperation from %1 to %2.</source>
        <translation>El presente informe abarca las actividades de la Mesa, la Presidencia de la Asamblea y los coordinadores sobre la falta de cooperación entre el %1 y el %2.</translation>
    </message>
    <message>
        <source>The focal points on non-cooperation are %1.</source>
        <translation>Los coordinadores sobre la falta de cooperación son: %1.</translation>
    </message>
    <message>
        <source>The President of the Assembly, %1 (%2), serves ex officio as focal point for her or his region.</source>
        <translation>La Presidencia de la Asamblea, a cargo de %1 (%2), actúa de oficio como coordinador para su región.</translation>
    </message>
    <message>
        <source>Pursuant to article 86 of the Rome Statute, States Parties shall cooperate fully with the Court in its investigation and prosecution of crimes within its jurisdiction; pursuant to article 89, they are obliged to execute the Court&apos;s requests for the arrest and surrender of a person.</source>
        <translation>De conformidad con el artículo 86 del Estatuto de Roma, los Estados Partes cooperarán plenamente con la Corte en relación con la investigación y el enjuiciamiento de crímenes de su competencia; de conformidad con el artículo 89, están obligados a cumplir las solicitudes de detención y entrega de la Corte.</translation>
    </message>
    <message>
        <source>No Court proceedings concerning non-cooperation took place in relation to States Parties.</source>
        <translation>No hubo actuaciones de la Corte relativas a la falta de cooperación en relación con Estados Partes.</translation>
    </message>
    <message>
        <source>%1 visited %2, a State Party to the Statute (%3), and was arrested.</source>
        <translation>%1 visitó %2, Estado Parte en el Estatuto (%3), y fue detenido.</translation>
    </message>
    <message>
        <source>%1 visited %2, a State Party to the Statute (%3).</source>
        <translation>%1 visitó %2, Estado Parte en el Estatuto (%3).</translation>
    </message>
    <message>
        <source>%1 visited %2, a State not Party to the Statute (%3), and was arrested.</source>
        <translation>%1 visitó %2, Estado que no es parte en el Estatuto (%3), y fue detenido.</translation>
    </message>
    <message>
        <source>%1 visited %2, a State not Party to the Statute (%3).</source>
        <translation>%1 visitó %2, Estado que no es parte en el Estatuto (%3).</translation>
    </message>
    <message>
        <source>Pursuant to Security Council resolution %1, %2 shall cooperate fully with the Court in %3.</source>
        <translation>De conformidad con la resolución %1 del Consejo de Seguridad, %2 cooperará plenamente con la Corte en %3.</translation>
    </message>
    <message>
        <source>No Court proceedings concerning non-cooperation took place in relation to States under an obligation to cooperate with the Court pursuant to a decision of the United Nations Security Council.</source>
        <translation>No hubo actuaciones de la Corte relativas a la falta de cooperación en relación con Estados obligados a cooperar con la Corte en virtud de una decisión del Consejo de Seguridad de las Naciones Unidas.</translation>
    </message>
    <message>
        <source>While States not Parties to the Rome Statute have no obligation under it, they are urged to cooperate fully with the Court and the Prosecutor where the Security Council so decides.</source>
        <translation>Si bien los Estados que no son partes en el Estatuto de Roma no tienen obligaciones en virtud de este, se les insta a cooperar plenamente con la Corte y el Fiscal cuando el Consejo de Seguridad así lo decida.</translation>
    </message>
    <message>
        <source>No Court proceedings concerning non-cooperation took place regarding States not Parties to the Statute.</source>
        <translation>No hubo actuaciones de la Corte relativas a la falta de cooperación en relación con Estados que no son partes en el Estatuto.</translation>
    </message>
    <message>
        <source>Prior to the visit of %1 to %2, the President of the Assembly conveyed a letter, dated %3, to the %4</source>
        <translation>Antes de la visita de %1 a %2, la Presidencia de la Asamblea envió una carta, de fecha %3, al %4</translation>
    </message>
    <message>
        <source>The President of the Assembly conveyed a letter, dated %1, to the %2</source>
        <translation>La Presidencia de la Asamblea envió una carta, de fecha %1, al %2</translation>
    </message>
    <message>
        <source>%1, recalling articles %2 of the Rome Statute</source>
        <translation>%1, en la que recordó los artículos %2 del Estatuto de Roma</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>The letter was published on %1.</source>
        <translation>La carta se publicó el %1.</translation>
    </message>
    <message>
        <source>The letter was published (%1).</source>
        <translation>La carta se publicó (%1).</translation>
    </message>
    <message>
        <source>On %1: %2</source>
        <translation>El %1: %2</translation>
    </message>
    <message>
        <source>In view of the visit of %1 to %2 (%3), the focal points on non-cooperation were activated, in line with the informal Assembly procedures.</source>
        <translation>En vista de la visita de %1 a %2 (%3), se activó a los coordinadores sobre la falta de cooperación, de conformidad con los procedimientos oficiosos de la Asamblea.</translation>
    </message>
    <message>
        <source>No action was recorded for the period.</source>
        <translation>No se registró ninguna medida durante el período.</translation>
    </message>
    <message>
        <source>On %1, the Prosecutor presented to the Security Council the %2.</source>
        <translation>El %1, el Fiscal presentó al Consejo de Seguridad el siguiente documento: %2.</translation>
    </message>
    <message>
        <source>The Court&apos;s decision of %1 was transmitted to the Security Council (%2, %3).</source>
        <translation>La decisión de la Corte de fecha %1 se transmitió al Consejo de Seguridad (%2, %3).</translation>
    </message>
    <message>
        <source>No communication on non-cooperation was transmitted to the Security Council during the period.</source>
        <translation>No se transmitió ninguna comunicación sobre la falta de cooperación al Consejo de Seguridad durante el período.</translation>
    </message>
    <message>
        <source>No consultations were recorded for the period.</source>
        <translation>No se registró ninguna consulta durante el período.</translation>
    </message>
    <message>
        <source>%1 will be held on %2.</source>
        <translation>%1: se celebrará el %2.</translation>
    </message>
    <message>
        <source>%1 took place on %2.</source>
        <translation>%1: se celebró el %2.</translation>
    </message>
    <message>
        <source>The focal points provided updates on their mandate and activities to the New York Working Group on %1.</source>
        <translation>Los coordinadores informaron al Grupo de Trabajo de Nueva York sobre su mandato y sus actividades el %1.</translation>
    </message>
    <message>
        <source>[Recommendations to be drafted by the focal points.]</source>
        <translation>[Recomendaciones que redactarán los coordinadores.]</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Rome Statute, articles 86 and 89(1)</source>
        <translation>Estatuto de Roma, artículos 86 y 89 1)</translation>
    </message>
    <message>
        <source>Rome Statute, article 127(2)</source>
        <translation>Estatuto de Roma, artículo 127 2)</translation>
    </message>
    <message>
        <source>%1 was a State Party on %2 (the Statute entered into force for it on %3).</source>
        <translation>%1 era Estado Parte el %2 (el Estatuto entró en vigor para ese Estado el %3).</translation>
    </message>
    <message>
        <source>%1 is a State Party on %2 (the Statute entered into force for it on %3).</source>
        <translation>%1 es Estado Parte el %2 (el Estatuto entró en vigor para ese Estado el %3).</translation>
    </message>
    <message>
        <source>%1 will be a State Party on %2 (the Statute entered into force for it on %3).</source>
        <translation>%1 será Estado Parte el %2 (el Estatuto entró en vigor para ese Estado el %3).</translation>
    </message>
    <message>
        <source>%1 was a State Party on %2: it notified its withdrawal on %3, which takes effect on %4 (article 127(1)); until then it remains bound.</source>
        <translation>%1 era Estado Parte el %2: notificó su retiro el %3, que surte efecto el %4 (artículo 127 1)); hasta entonces sigue obligado.</translation>
    </message>
    <message>
        <source>%1 is a State Party on %2: it notified its withdrawal on %3, which takes effect on %4 (article 127(1)); until then it remains bound.</source>
        <translation>%1 es Estado Parte el %2: notificó su retiro el %3, que surte efecto el %4 (artículo 127 1)); hasta entonces sigue obligado.</translation>
    </message>
    <message>
        <source>%1 will be a State Party on %2: it notified its withdrawal on %3, which takes effect on %4 (article 127(1)); until then it remains bound.</source>
        <translation>%1 será Estado Parte el %2: notificó su retiro el %3, que surte efecto el %4 (artículo 127 1)); hasta entonces sigue obligado.</translation>
    </message>
    <message>
        <source>%1 was not a State Party on %2: its withdrawal took effect on %3.</source>
        <translation>%1 no era Estado Parte el %2: su retiro surtió efecto el %3.</translation>
    </message>
    <message>
        <source>%1 is not a State Party on %2: its withdrawal took effect on %3.</source>
        <translation>%1 no es Estado Parte el %2: su retiro surtió efecto el %3.</translation>
    </message>
    <message>
        <source>%1 will not be a State Party on %2: its withdrawal took effect on %3.</source>
        <translation>%1 no será Estado Parte el %2: su retiro surtió efecto el %3.</translation>
    </message>
    <message>
        <source>%1 was not yet a State Party on %2: it deposited its instrument on %3 and the Statute enters into force for it on %4 (article 126(2)).</source>
        <translation>%1 todavía no era Estado Parte el %2: depositó su instrumento el %3 y el Estatuto entra en vigor para ese Estado el %4 (artículo 126 2)).</translation>
    </message>
    <message>
        <source>%1 is not yet a State Party on %2: it deposited its instrument on %3 and the Statute enters into force for it on %4 (article 126(2)).</source>
        <translation>%1 todavía no es Estado Parte el %2: depositó su instrumento el %3 y el Estatuto entra en vigor para ese Estado el %4 (artículo 126 2)).</translation>
    </message>
    <message>
        <source>%1 will not yet be a State Party on %2: it deposited its instrument on %3 and the Statute enters into force for it on %4 (article 126(2)).</source>
        <translation>%1 todavía no será Estado Parte el %2: depositó su instrumento el %3 y el Estatuto entra en vigor para ese Estado el %4 (artículo 126 2)).</translation>
    </message>
    <message>
        <source>%1 was not yet a State Party on %2: it deposited its instrument on %3 and the Statute enters into force for it later (article 126(2)).</source>
        <translation>%1 todavía no era Estado Parte el %2: depositó su instrumento el %3 y el Estatuto entrará en vigor para ese Estado más adelante (artículo 126 2)).</translation>
    </message>
    <message>
        <source>%1 is not yet a State Party on %2: it deposited its instrument on %3 and the Statute enters into force for it later (article 126(2)).</source>
        <translation>%1 todavía no es Estado Parte el %2: depositó su instrumento el %3 y el Estatuto entrará en vigor para ese Estado más adelante (artículo 126 2)).</translation>
    </message>
    <message>
        <source>%1 will not yet be a State Party on %2: it deposited its instrument on %3 and the Statute enters into force for it later (article 126(2)).</source>
        <translation>%1 todavía no será Estado Parte el %2: depositó su instrumento el %3 y el Estatuto entrará en vigor para ese Estado más adelante (artículo 126 2)).</translation>
    </message>
    <message>
        <source>%1 was not a State Party on %2: it signed the Statute (%3) but has not ratified it.</source>
        <translation>%1 no era Estado Parte el %2: firmó el Estatuto (%3) pero no lo ha ratificado.</translation>
    </message>
    <message>
        <source>%1 is not a State Party on %2: it signed the Statute (%3) but has not ratified it.</source>
        <translation>%1 no es Estado Parte el %2: firmó el Estatuto (%3) pero no lo ha ratificado.</translation>
    </message>
    <message>
        <source>%1 will not be a State Party on %2: it signed the Statute (%3) but has not ratified it.</source>
        <translation>%1 no será Estado Parte el %2: firmó el Estatuto (%3) pero no lo ha ratificado.</translation>
    </message>
    <message>
        <source>%1 was not a State Party on %2.</source>
        <translation>%1 no era Estado Parte el %2.</translation>
    </message>
    <message>
        <source>%1 is not a State Party on %2.</source>
        <translation>%1 no es Estado Parte el %2.</translation>
    </message>
    <message>
        <source>%1 will not be a State Party on %2.</source>
        <translation>%1 no será Estado Parte el %2.</translation>
    </message>
    <message>
        <source>The proceedings in %1 began on %2, before the withdrawal took effect, so %3 is not discharged from cooperating in them (article 127(2)).</source>
        <translation>Las actuaciones en %1 comenzaron el %2, antes de que el retiro surtiera efecto, por lo que %3 no queda eximido de cooperar en ellas (artículo 127 2)).</translation>
    </message>
    <message>
        <source>%1 is bound to cooperate in %2 by the Security Council (%3).</source>
        <translation>%1 está obligado a cooperar en %2 por decisión del Consejo de Seguridad (%3).</translation>
    </message>
    <message>
        <source>Rome Statute, article 12(3) (declaration lodged on %1)</source>
        <translation>Estatuto de Roma, artículo 12 3) (declaración presentada el %1)</translation>
    </message>
    <message>
        <source>%1 accepted the Court&apos;s jurisdiction by a declaration under article 12(3) lodged on %2, and must therefore cooperate under Part 9.</source>
        <translation>%1 aceptó la competencia de la Corte mediante una declaración con arreglo al artículo 12 3) presentada el %2, por lo que debe cooperar de conformidad con la Parte IX.</translation>
    </message>
    <message>
        <source>As a State not bound by it, %1 is only urged to cooperate by %2.</source>
        <translation>Al no estar obligado por ella, %1 solo es instado a cooperar por %2.</translation>
    </message>
    <message>
        <source>%1 has no obligation to cooperate in %2; it may do so voluntarily.</source>
        <translation>%1 no tiene obligación de cooperar en %2; puede hacerlo voluntariamente.</translation>
    </message>
    <message>
        <source>the person was in the Court&apos;s custody</source>
        <translation>la persona se encontraba bajo la custodia de la Corte</translation>
    </message>
    <message>
        <source>the person had died</source>
        <translation>la persona había fallecido</translation>
    </message>
    <message>
        <source>the warrant had been withdrawn</source>
        <translation>la orden había sido retirada</translation>
    </message>
    <message>
        <source>The warrant of %1 had not yet been issued.</source>
        <translation>La orden de %1 aún no se había dictado.</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (desde el %2)</translation>
    </message>
    <message>
        <source>The warrant of %1 was no longer outstanding: %2.</source>
        <translation>La orden de %1 ya no estaba pendiente: %2.</translation>
    </message>
    <message>
        <source>An arrest warrant issued on %1 in %2 was outstanding.</source>
        <translation>Una orden de detención dictada el %1 en %2 estaba pendiente de ejecución.</translation>
    </message>
    <message>
        <source>An arrest warrant issued on %1 in %2 is outstanding.</source>
        <translation>Una orden de detención dictada el %1 en %2 está pendiente de ejecución.</translation>
    </message>
    <message>
        <source>It was issued under seal; the day it was unsealed is not recorded.</source>
        <translation>Se dictó con carácter secreto; no consta la fecha en que dejó de serlo.</translation>
    </message>
    <message>
        <source>It was under seal on that day; the request binds the States to which it was transmitted.</source>
        <translation>En esa fecha tenía carácter secreto; la solicitud obliga a los Estados a los que se transmitió.</translation>
    </message>
    <message>
        <source>%1 has been in the Court&apos;s custody since %2.</source>
        <translation>%1 está bajo custodia de la Corte desde el %2.</translation>
    </message>
    <message>
        <source>%1 has been on interim release granted by the Court since %2, under the Chamber&apos;s conditions.</source>
        <translation>%1 se encuentra desde el %2 en libertad provisional concedida por la Corte, con las condiciones fijadas por la Sala.</translation>
    </message>
    <message>
        <source>%1 was convicted by the Court on %2.</source>
        <translation>%1 fue condenado por la Corte el %2.</translation>
    </message>
    <message>
        <source>%1 was acquitted by the Court on %2.</source>
        <translation>%1 fue absuelto por la Corte el %2.</translation>
    </message>
    <message>
        <source>The charges against %1 were withdrawn on %2.</source>
        <translation>Los cargos contra %1 fueron retirados el %2.</translation>
    </message>
    <message>
        <source>The charges against %1 were vacated on %2.</source>
        <translation>Los cargos contra %1 fueron anulados el %2.</translation>
    </message>
    <message>
        <source>The Court declined to confirm the charges against %1 on %2.</source>
        <translation>La Corte se negó a confirmar los cargos contra %1 el %2.</translation>
    </message>
    <message>
        <source>The proceedings against %1 were terminated on %2.</source>
        <translation>El procedimiento contra %1 se dio por terminado el %2.</translation>
    </message>
    <message>
        <source>%1 died on %2.</source>
        <translation>%1 falleció el %2.</translation>
    </message>
    <message>
        <source>The warrant for %1 was withdrawn on %2.</source>
        <translation>La orden contra %1 fue retirada el %2.</translation>
    </message>
    <message>
        <source>%1 was released by the Court on %2.</source>
        <translation>%1 fue puesto en libertad por la Corte el %2.</translation>
    </message>
    <message>
        <source>The record gives this status as of %1; the day it began is not recorded.</source>
        <translation>El registro indica este estado a fecha de %1; no consta el día en que comenzó.</translation>
    </message>
    <message>
        <source>%1 was not obliged to arrest and surrender %2 on %3: no longer sought.</source>
        <translation>%1 no estaba obligado a detener y entregar a %2 el %3: la persona ya no es buscada.</translation>
    </message>
    <message>
        <source>%1 is not obliged to arrest and surrender %2 on %3: no longer sought.</source>
        <translation>%1 no está obligado a detener y entregar a %2 el %3: la persona ya no es buscada.</translation>
    </message>
    <message>
        <source>%1 will not be obliged to arrest and surrender %2 on %3: no longer sought.</source>
        <translation>%1 no estará obligado a detener y entregar a %2 el %3: la persona ya no es buscada.</translation>
    </message>
    <message>
        <source>%1 is subject to a summons to appear, not an arrest warrant.</source>
        <translation>%1 es objeto de una orden de comparecencia, no de una orden de detención.</translation>
    </message>
    <message>
        <source>No arrest warrant for %1 is recorded.</source>
        <translation>No consta ninguna orden de detención contra %1.</translation>
    </message>
    <message>
        <source>The summons of %1 had not yet been issued.</source>
        <translation>La orden de comparecencia de %1 aún no se había dictado.</translation>
    </message>
    <message>
        <source>%1 must nonetheless cooperate with the Court in %2 (%3), without arresting.</source>
        <translation>%1 debe no obstante cooperar con la Corte en %2 (%3), sin proceder a una detención.</translation>
    </message>
    <message>
        <source>%1 had no arrest warrant for %2 to execute on %3.</source>
        <translation>%1 no tenía ninguna orden de detención contra %2 que ejecutar el %3.</translation>
    </message>
    <message>
        <source>%1 was last recorded as at large on %2.</source>
        <translation>La última información registrada, del %2, indica que %1 estaba prófugo.</translation>
    </message>
    <message>
        <source>%1 was obliged to arrest and surrender %2 on %3 (%4).</source>
        <translation>%1 estaba obligado a detener y entregar a %2 el %3 (%4).</translation>
    </message>
    <message>
        <source>%1 is obliged to arrest and surrender %2 on %3 (%4).</source>
        <translation>%1 está obligado a detener y entregar a %2 el %3 (%4).</translation>
    </message>
    <message>
        <source>%1 will be obliged to arrest and surrender %2 on %3 (%4).</source>
        <translation>%1 estará obligado a detener y entregar a %2 el %3 (%4).</translation>
    </message>
    <message>
        <source>%1 was not obliged to arrest and surrender %2 on %3.</source>
        <translation>%1 no estaba obligado a detener y entregar a %2 el %3.</translation>
    </message>
    <message>
        <source>%1 is not obliged to arrest and surrender %2 on %3.</source>
        <translation>%1 no está obligado a detener y entregar a %2 el %3.</translation>
    </message>
    <message>
        <source>%1 will not be obliged to arrest and surrender %2 on %3.</source>
        <translation>%1 no estará obligado a detener y entregar a %2 el %3.</translation>
    </message>
    <message>
        <source>Rome Statute, article 87(7)</source>
        <translation>Estatuto de Roma, artículo 87 7)</translation>
    </message>
    <message>
        <source>Rome Statute, article 87(5)(b)</source>
        <translation>Estatuto de Roma, artículo 87 5) b)</translation>
    </message>
    <message>
        <source>A State Party in a situation referred by the Security Council: the matter goes to the Council, and to the Assembly of States Parties, as the Court has done since 2010.</source>
        <translation>Estado Parte en una situación remitida por el Consejo de Seguridad: la cuestión se remite al Consejo y a la Asamblea de los Estados Partes, como hace la Corte desde 2010.</translation>
    </message>
    <message>
        <source>A State Party&apos;s failure to comply is referred to the Assembly of States Parties.</source>
        <translation>El incumplimiento de un Estado Parte se remite a la Asamblea de los Estados Partes.</translation>
    </message>
    <message>
        <source>A State bound by the Security Council&apos;s decision: the matter is referred to the Council.</source>
        <translation>Estado obligado por la decisión del Consejo de Seguridad: la cuestión se remite al Consejo.</translation>
    </message>
    <message>
        <source>A State not party with an ad hoc arrangement, in a situation referred by the Council: the Court informs the Security Council.</source>
        <translation>Estado que no es parte con un arreglo especial, en una situación remitida por el Consejo: la Corte informa al Consejo de Seguridad.</translation>
    </message>
    <message>
        <source>A State not party with an ad hoc arrangement: the Court informs the Assembly of States Parties.</source>
        <translation>Estado que no es parte con un arreglo especial: la Corte informa a la Asamblea de los Estados Partes.</translation>
    </message>
    <message>
        <source>The State had no obligation to cooperate, so there is no failure to refer; it can only be urged.</source>
        <translation>El Estado no tenía obligación de cooperar, por lo que no hay incumplimiento que remitir; solo se le puede instar a cooperar.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Viaje de %1 a %2</translation>
    </message>
    <message>
        <source>At large</source>
        <translation>Prófugo</translation>
    </message>
    <message>
        <source>In the Court&apos;s custody</source>
        <translation>Bajo custodia de la Corte</translation>
    </message>
    <message>
        <source>On interim release</source>
        <translation>En libertad provisional</translation>
    </message>
    <message>
        <source>Convicted</source>
        <translation>Condenado</translation>
    </message>
    <message>
        <source>Acquitted</source>
        <translation>Absuelto</translation>
    </message>
    <message>
        <source>Charges withdrawn</source>
        <translation>Cargos retirados</translation>
    </message>
    <message>
        <source>Charges vacated</source>
        <translation>Cargos anulados</translation>
    </message>
    <message>
        <source>Charges not confirmed</source>
        <translation>Cargos no confirmados</translation>
    </message>
    <message>
        <source>Proceedings terminated</source>
        <translation>Procedimiento terminado</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Fallecido</translation>
    </message>
    <message>
        <source>Warrant withdrawn</source>
        <translation>Orden retirada</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Puesto en libertad</translation>
    </message>
    <message>
        <source>%1 since %2, as of %3</source>
        <translation>%1 desde el %2, a fecha de %3</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 desde el %2</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1, a fecha de %2</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>hecha por usted</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>moved aside as damaged</source>
        <translation>apartada como dañada</translation>
    </message>
    <message>
        <source>kept: named for recovery</source>
        <translation>conservada: nombrada para la recuperación</translation>
    </message>
    <message>
        <source>kept: holds records the database lacks</source>
        <translation>conservada: contiene registros que faltan en la base de datos</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1&#xa0;MB</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1&#xa0;kB</translation>
    </message>
    <message>
        <source>The database was moved aside</source>
        <translation>La base de datos se ha apartado</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>The last good backup is from %1. Restore it (recommended), or start with a new, empty database?</source>
        <translation>La última copia de seguridad válida es del %1. ¿Restaurarla (recomendado) o empezar una base de datos nueva y vacía?</translation>
    </message>
    <message>
        <source>There is no good backup. Start with a new, empty database, or quit and look for a copy?</source>
        <translation>No hay ninguna copia de seguridad válida. ¿Empezar una base de datos nueva y vacía, o salir y buscar una copia?</translation>
    </message>
    <message>
        <source>Start a new database</source>
        <translation>Empezar una base de datos nueva</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exportado</translation>
    </message>
    <message>
        <source>marked %1</source>
        <translation>marcado %1</translation>
    </message>
    <message>
        <source>no marking</source>
        <translation>sin clasificación</translation>
    </message>
    <message>
        <source>changed outside ncdesk</source>
        <translation>modificado fuera de ncdesk</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>quitado</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restaurado</translation>
    </message>
    <message>
        <source>and %n earlier change(s)</source>
        <translation>y %n cambio(s) anterior(es)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>un contacto</translation>
    </message>
    <message>
        <source>%1: kept ours, %2; not kept, %3&apos;s %4</source>
        <translation>%1: se conservó nuestro valor, %2; no se conservó el de %3, %4</translation>
    </message>
    <message>
        <source>%1: took %3&apos;s %4; ours was %2</source>
        <translation>%1: se tomó el valor de %3, %4; el nuestro era %2</translation>
    </message>
    <message>
        <source>Conflicts decided</source>
        <translation>Conflictos resueltos</translation>
    </message>
</context>
</TS>
