# Interface text for the check-in, in Spanish (tú form; the counsellor is "terapeuta", as in content/questionnaire.json).
# Keep sentences short and plain, like the English source (its readability test reads the English file only).

brand = Antes de tu primera sesión
help-open = ¿Necesitas ayuda ahora?
help-close = Cerrar
help-title = ¿Necesitas ayuda ahora?
help-danger = Si estás en peligro, o podrías hacerte daño, llama ahora al número de emergencias de donde vives.
help-numbers = En España y el resto de la Unión Europea, llama al 112. En México, Estados Unidos y Canadá, llama al 911. En Colombia, llama al 123. En el Reino Unido, llama al 999. En Australia, llama al 000.
help-crisis = También puedes llamar a una línea de ayuda en crisis de tu país, o hablar con tu médico.
help-wait = Estas preguntas pueden esperar. Puedes cerrarlas en cualquier momento.

welcome-title = Unas preguntas breves antes de tu primera sesión
welcome-what = Estas preguntas exploran lo que te ayuda a salir adelante y lo que quizá te falte ahora mismo.
welcome-why = Tus respuestas pueden ayudarte a ti y a tu terapeuta a elegir por dónde empezar.
welcome-not = No es un examen y no da ningún diagnóstico.
welcome-time = Te llevará unos { $minutes } minutos. Son { $count } preguntas cortas.
welcome-private = Tus respuestas se quedan en este dispositivo. No se envía nada a ninguna parte.
welcome-skip = Puedes saltarte cualquier pregunta. Puedes parar cuando quieras.
welcome-start = Empezar

progress = Paso { $current } de { $total }
nav-back = Atrás
nav-next = Siguiente
nav-results = Ver mis resultados

questions-skip = Puedes saltarte cualquier pregunta. Quédate con lo primero que sientas.
questions-clear = Borrar mi respuesta
questions-when-hard = Cuando las cosas se ponen difíciles

reflections-title = Con tus propias palabras
reflections-intro = Estas preguntas son opcionales. Tus palabras ayudan a tu terapeuta a conocerte.
reflections-note = Lo que escribas se queda en este dispositivo, a menos que decidas compartirlo.
reflections-more = ¿Quieres añadir algo?
own-question-hint = Tu terapeuta añadió esta pregunta. Bastan unas pocas palabras, y puedes dejarla en blanco.

review-title = Revisa tus respuestas
review-intro = Esto es lo que respondiste. Puedes volver a cualquier parte.
review-answered = Respondidas: { $answered } de { $total }
review-skipped = Sin responder: { $skipped }
review-declined = «Prefiero no decirlo»: { $declined }
review-notes-some = Escribiste algunas notas.
review-notes-none = Sin notas.
review-change = Cambiar

results-title = Resumen de tus respuestas
results-note = Esto es un punto de partida para hablar con tu terapeuta. No es un examen ni un diagnóstico.
results-start-title = Por dónde podrías empezar
results-start-intro = Quizá estas áreas necesiten algo de cuidado primero. Puedes elegir junto con tu terapeuta.
results-start-none = Ningún área destaca como punto de partida. Puedes mirarlo junto con tu terapeuta, empezando por lo que más te importe.
results-start-few = No hubo suficientes respuestas para sugerir por dónde empezar. No pasa nada. Puedes hablarlo en tu primera sesión.
results-pointed = Por qué aparece aquí
results-you-chose = Elegiste: { $choice }
results-try = Cosas que podrías probar antes de tu primera sesión
results-ask = Una pregunta que podrías llevar a la sesión
results-helping-title = Lo que ya te está ayudando
results-helping-none = Cuando todo se pone difícil, puede costar ver qué ayuda. Tu terapeuta puede ayudarte a encontrarlo.
results-chart-title = Las seis áreas
results-chart-intro = Cuanto más larga es la barra, más presente está ese recurso en tu vida ahora mismo.
results-chart-title-asked = Las áreas sobre las que se te preguntó
results-left-out = Estas preguntas no trataban estas áreas, así que no están en tus resultados. Puedes hablar de ellas con tu terapeuta de todos modos:
results-table-caption = Cuánto está presente cada área ahora mismo
results-col-area = Área de la vida
results-col-level = Cuánto está presente
results-level-low = Menos presente por ahora
results-level-some = En parte presente
results-level-high = Muy presente
results-level-unknown = No hay suficientes respuestas
results-score = { $score } de 100
results-safety-title = Tus respuestas sugieren que ahora mismo las cosas son muy difíciles para ti
results-safety-body = No tienes que esperar a tu primera sesión para recibir apoyo. Si no te sientes a salvo, por favor pide ayuda ahora.
results-restart = Volver a empezar
results-fit = Son sugerencias, no hechos sobre ti. Si algo de esto no encaja contigo, dilo. Tu terapeuta quiere saberlo.
results-start-signs = Tus respuestas no señalan un área concreta para empezar. Sí destacan algunas cosas, y están en la lista de abajo.
results-noticed-title = También vale la pena hablar de esto
results-noticed-intro = Tus respuestas sugieren también lo siguiente, aunque no esté entre los puntos de partida de arriba.
results-helping-more = Cosas que dijiste que ya tienes
results-level-mixed = Mixto
results-words-title = Con tus propias palabras
results-words-note = Solo tú puedes ver esto aquí. Se incluye en lo que te llevas solo si marcas «Incluir mis notas».

stop-open = Parar por ahora
stop-title = Está bien parar aquí
stop-body = No se ha enviado nada a ninguna parte. Si cierras esta página, tus respuestas se borrarán.
stop-later = Puedes volver y empezar de nuevo cuando quieras.
stop-continue = Volver a las preguntas
stop-clear = Borrar mis respuestas
language = Idioma

summary-title = Mis respuestas antes de mi primera sesión
summary-date = Fecha
summary-intro = Esto es lo que mostraron mis respuestas.
summary-email-subject = Mis respuestas antes de mi primera sesión

save-offer = Guardar mi progreso en este dispositivo
save-offer-note = Solo lo guarda este navegador. Puedes borrarlo cuando quieras.
save-on = Tus respuestas están guardadas en este dispositivo.
save-erase = Borrar lo guardado
save-blocked = Este navegador no nos deja guardar. Aun así, puedes terminar las preguntas.
resume-title = Hola de nuevo
resume-body = Tus respuestas de la última vez están guardadas en este dispositivo.
resume-continue = Seguir donde lo dejé
resume-fresh = Empezar de cero
notice-erased = Tus respuestas se han borrado de este dispositivo.
notice-save-failed = No pudimos guardar en este dispositivo. Aun así, puedes terminar las preguntas.
notice-discarded = Encontramos respuestas guardadas que no pudimos leer, así que las dejamos a un lado. Puedes volver a empezar.
notice-version = Encontramos respuestas guardadas de otra versión de estas preguntas, así que las dejamos a un lado.
notice-shared = Estás viendo resultados compartidos. No se guarda nada en este dispositivo.
notice-share-broken = No se pudo abrir este enlace. Puede que esté incompleto o que se haya cambiado. Puedes empezar de nuevo.

take-title = Llévalo a tu primera sesión
take-intro = Tú eliges qué guardar y quién lo ve.
take-notes = Incluir mis notas
take-print = Imprimir o guardar como PDF
take-text = Descargar como texto
take-json = Descargar como archivo de datos
take-copy = Copiar el resumen
take-link = Copiar un enlace privado
take-link-note = El enlace contiene tus respuestas. Cualquier persona que lo tenga puede verlas.
take-email = Enviar por correo a mi terapeuta
take-email-note = El correo electrónico no es una forma privada de enviar cosas.
take-copied = Copiado.
take-copy-failed = Aquí no se pudo copiar. Selecciona el texto de abajo y cópialo.
take-downloaded = Tu archivo está listo.
take-copy-box = Texto para copiar

config-problems-title = Nota para quien administra el sitio: algunos ajustes no se pudieron usar.
help-call = Llamar al { $phone }
help-website = Sitio web
contact-title = Tu terapeuta
contact-default-name = Tu terapeuta
contact-booking = Reservar una sesión

date-long = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
print-date = Fecha: { $date }
print-answers = Mis respuestas, área por área
print-skipped = Sin responder

crash-title = Algo salió mal
crash-body = Las preguntas se detuvieron. Es un error nuestro, no tuyo. Lo que guardaste en este dispositivo sigue ahí.
crash-again = Empezar de nuevo

# --- saved answers beside new ones
save-ask = Tus respuestas de la última vez están guardadas en este dispositivo. Si guardas ahora, estas respuestas ocuparán su lugar.
save-ask-replace = Guardar estas respuestas en su lugar
save-ask-keep = Conservar las respuestas de la última vez

# --- sending to the counsellor
email-hello = Hola:
email-attached = Respondí las preguntas antes de nuestra primera sesión. Mis resultados están en el archivo { $file }. Lo adjunté a este correo.
email-thanks = Gracias.
take-email-attach = Esto guarda tus resultados en un archivo y luego abre tu correo. Adjunta el archivo antes de enviarlo.
take-share = Enviar el archivo de mis resultados
take-share-note = Elige el correo u otra aplicación para enviar el archivo.

# --- settings notes
settings-malformed = no se pudo leer ({ $error })
settings-bad-code = no es un código de ajustes completo; copie de nuevo la dirección entera
settings-wrong-type = debe ser { $expected }, pero es { $found }
settings-expect-text = texto entre comillas dobles
settings-expect-switch = true o false (sin comillas)
settings-expect-list = una lista entre corchetes [ ]
settings-expect-group = un grupo de ajustes entre llaves
settings-found-null = vacío (null)
settings-found-switch = true o false
settings-found-number = un número
settings-found-text = texto
settings-found-list = una lista
settings-found-group = un grupo de ajustes
settings-unknown = no es un ajuste que este widget conozca
settings-unknown-suggest = no es un ajuste que este widget conozca. ¿Quería decir { $name }?
settings-repeated = aparece más de una vez
settings-too-long = tiene { $length } caracteres; se permiten como máximo { $max }
settings-control = contiene códigos de control ocultos
settings-format = contiene marcas ocultas, como marcas que pueden mostrar el texto al revés
settings-hidden = { $value } tiene caracteres que no se ven; escríbalo de nuevo a mano
settings-not-colour = { $value } no es un color; use # y 3 o 6 dígitos hexadecimales (0 a 9, a a f), como #2f6b5e
settings-light-for-buttons = { $value } es demasiado claro para el texto blanco de los botones
settings-no-stand-out = { $value } no destaca lo suficiente sobre el fondo { $background }
settings-dark-for-text = { $value } es demasiado oscuro para el texto gris del widget { $grey }
settings-no-stand-out-default = { $value } no destaca lo suficiente sobre el color de botón por defecto { $accent }; elija un fondo más claro o indique también un color de acento
settings-contrast = (contraste { $ratio }:1; se necesita al menos { $needed }:1)
settings-unsafe-url = { $value } no es una dirección web segura; debe empezar por https://
settings-bad-email = { $value } no es una dirección de correo; debe tener la forma nombre@ejemplo.org
settings-bad-phone = { $value } no es un número de teléfono; use de 3 a 20 dígitos, con espacios, guiones, puntos o paréntesis entre ellos y + al principio si hace falta
settings-unknown-language = { $value } no es un idioma que hable este widget ({ $languages })
settings-not-switch = { $value } debe ser on u off
settings-bad-name = { $value } no es un id de widget; use hasta { $max } letras (a a z), dígitos, - y _
settings-too-many-help = incluye { $count } contactos; se pueden mostrar como máximo { $max }
settings-help-no-name = falta; cada contacto de ayuda urgente necesita un nombre
settings-unknown-area = nombra { $value }, que no es una de las áreas: { $areas }
settings-too-few-areas = nombra { $count } de las áreas; se necesitan al menos { $min }
settings-too-many-questions = incluye { $count } preguntas; se hacen como máximo { $max }
settings-help-unreachable = no tiene un teléfono, una línea de mensajes ni una dirección web que funcionen, así que nadie podría contactarlo
settings-not-read-next = el widget no lee un bloque de ajustes que está junto a él; ponga el bloque dentro de su etiqueta, la que tiene data-missing-pieces
settings-not-read-script = el widget no lee los ajustes data- de la etiqueta script; póngalos en su propia etiqueta, la que tiene data-missing-pieces
settings-not-read-address = cualquiera puede escribir una dirección, así que el widget solo toma de ella el idioma (en un marco, también el widget-id); ponga lo demás en settings.json, en la carpeta del widget
settings-not-read-page = en esta página los widgets usan los ajustes propios del sitio (como los del plugin de WordPress), no los ajustes data- de esta etiqueta
settings-more = hay { $count } notas más que no se muestran aquí
settings-outcome-ignored = Se ignora.
settings-outcome-first = Solo se usa el primero.
settings-outcome-removed = Se quitan y se usa el resto.
settings-outcome-first-n = Solo se usan los { $count } primeros.
settings-outcome-default = Se usa el valor por defecto.
settings-outcome-left-out = Se omite.
settings-outcome-contact-left-out = Este contacto se omite.
settings-outcome-all-defaults = Todos los ajustes usan su valor por defecto.
settings-outcome-code-unused = Los ajustes que contiene no se usan.
settings-outcome-not-used = No se usan.
settings-parent-not-address = no es una dirección web, así que el marco no puede crecer con su contenido; indica la dirección de la página que muestra el marco
settings-parent-other-site = una página de { $shown } muestra estas preguntas, no una del sitio que indica parent, así que el marco no puede crecer con su contenido; pon en parent la dirección de la página que muestra el marco
settings-outcome-scrolls = En su lugar, el contenido se desplaza dentro del marco.
