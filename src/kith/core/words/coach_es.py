"""Spanish patterns for the coach (see ``coach_patterns`` for how they are written and matched).

``tú``, ``vos`` and ``usted`` forms, Spain and Latin America ("no me has respondido", "no me
respondiste", "no me contestó", "nunca contestás"), and the clitics that move around the verb.
"""

from __future__ import annotations

from kith.core.words.coach_grammar import Grammar, near
from kith.core.words.coach_patterns import CoachPatterns

_ADV = r"(?:(?:todavia|aun|nunca|ya|jamas|siquiera|ni siquiera|mas|nada) )*"
_HAS = r"(?:has|ha|habeis|han|hayas|haya)"
_PP = r"(?:respondido|contestado|escrito|dicho nada|vuelto a escribir|devuelto la llamada|leido|hecho caso|dado respuesta|dignado(?: a \w+)?)"
_PRET = r"(?:respondiste|contestaste|escribiste|respondio|contesto|escribio|respondieron|contestaron|respondes|contestas|respondas|contestes|respondes|respondeis|contestais|respondas|contestas|respondes|responde|contesta|escribis|respondes|contestas|respondas|respondés|contestas|contestás|respondas|devolviste|leiste|hiciste caso|contestaras|respondieras|contestara|respondiera|contestases|respondieses|escribieras)"
_MSG = r"(?:correos?|e-?mails?|mails?|mensajes?|notas?|llamadas?|whatsapps?|wasaps?|solicitud(?:es)?|cartas?)"
_PREV = r"(?:ultim[oa]|anterior|previ[oa]|primer[oa]?|otr[oa]|pasad[oa])"

PATTERNS = CoachPatterns(
    language="es",
    accusatory=(
        # "no me has respondido", "todavía no me has contestado", "no me respondiste", "nunca me contestó"
        rf"no (?:me |nos )?{_ADV}{_HAS} {_ADV}{_PP}",
        rf"no (?:me |nos )?(?:lo |la )?{_ADV}{_PRET}",
        rf"(?:nunca|jamas|ni siquiera|ni) (?:me |nos )?{_PRET}",
        rf"(?:nunca|jamas|ni siquiera) (?:me |nos )?{_HAS} {_PP}",
        r"(?:sigo|seguimos|estoy|continuo) (?:todavia |aun )?(?:esperando|a la espera de) (?:tu |su |una )?respuesta",
        r"(?:sin|ninguna|ni una|ni un|nada de) (?:respuesta|contestacion|palabra|mensaje) (?:de tu parte|de su parte|tuya|suya|de ti|de usted)",
        r"ni (?:un|una) (?:simple )?(?:si o no|respuesta|mensaje|palabra|linea)",
        r"(?:me |nos )?(?:has|ha|haz|hayas) (?:ignorado|dejado en visto|dejado sin respuesta|ghosteado)",
        r"(?:me |nos )?(?:ignoraste|ignoro|ignoras|ignora|dejaste en visto|ghosteaste)",
        r"(?:dignado|dignada|dignaste|digno|dignas|dignes|dignara) (?:a |en )?(?:contestar|responder|escribir|contestarme|responderme)",
        rf"(?:ignoras|ignora|ignoraste|ignoro) (?:mis|mi) {_MSG}",
        r"(?:me )?(?:dejaste|dejas|deja|dejo) en (?:visto|leido)",
        # "como te dije en mi último correo", "como ya te había comentado"
        rf"como (?:ya )?(?:te |le |les |os )?(?:lo )?(?:he |habia |había )?(?:ya )?(?:dije|dicho|comente|comentado|mencione|mencionado|escribi|escrito|indique|indicado|explique|explicado|pedi|pedido|conte|contado)(?: (?:en|por) (?:mi|el|la) {_PREV} {_MSG})?",
        r"como ya (?:te |le )?(?:dije|comente|mencione|escribi|indique|habia dicho|habia comentado)",
        r"(?:te|le) (?:lo )?(?:he|habia) (?:escrito|dicho|preguntado|enviado|mandado|pedido) (?:ya )?(?:varias|dos|tres|cuatro|muchas|un par de|\d+) veces",
        r"(?:te|le) (?:escribi|pregunte|envie|mande|llame) (?:ya )?(?:varias|dos|tres|cuatro|muchas|un par de|\d+) veces",
        r"(?:es|esta es) (?:ya )?(?:la|mi) (?:segunda|tercera|cuarta|quinta|\d+a) (?:vez|mensaje|correo|intento)",
        # Bumping
        r"(?:subo|subir|subiendo|reflotar|reflotando|reflot[oa]|rescato|rescatar|vuelvo a (?:subir|poner)) (?:de nuevo |otra vez )?(?:este|esta|mi|el|la) (?:correo|mensaje|hilo|email|nota|conversacion)",
        r"(?:arriba|primer lugar|parte de arriba) (?:de |en )?(?:tu|su) (?:bandeja|inbox|correo)",
        r"(?:hago|un) (?:un )?(?:pequeno )?(?:bump|up) (?:a |de )?(?:este|esta|mi)",
        # Guilt: "supongo que estás demasiado ocupado", "estarás muy ocupada para contestar"
        r"(?:supongo|imagino|asumo|entiendo|seguro|seguramente|sera) (?:que )?(?:tu |usted )?(?:estas|estaras|esta|estara|estes|este|estabas|estuviste|has estado|andas|andaras) (?:demasiado|muy|tan) (?:ocupad[oa]|liad[oa]|atareado|atareada)",
        r"(?:demasiado|tan|muy) (?:ocupad[oa]|liad[oa]|important[e]) (?:para|como para) (?:responder|contestar|responderme|contestarme|escribir)",
        r"(?:te has|se ha|te habias) olvidado de mi",
        r"(?:lo )?minimo (?:seria|habria sido|era) (?:responder|contestar)",
        r"(?:tomo|tomare|interpreto) (?:tu|su) silencio como",
        r"(?:por )?(?:educacion|cortesia) (?:podrias|deberias|podria|deberia)",
        r"no es (?:tan|muy) dificil (?:contestar|responder|escribir|decir)",
        r"(?:habria|hubiera|habrian|hubieran) (?:estado|sido) (?:bien|un detalle|agradable|lo minimo|de agradecer)",
        r"llevo (?:un|una|dos|tres|\w+) (?:mes|meses|semana|semanas|dias) (?:intentando|esperando|escribiendote|buscandote|detras)",
        r"(?:^|\n)\s*(?:hello|hola|pronto|hallo|uy|hoy|huy|ciao|oi)\s*\?",
        r"(?:tienes|tiene|teneis) (?:cosas )?(?:mejores|mas importantes) (?:cosas )?(?:que hacer)",
        r"sin (?:recibir |tener )?(?:ningun|ninguna|una|un) (?:acuse|respuesta|contestacion|senal)",
        r"por (?:segunda|tercera|cuarta|quinta|sexta|enesima|\d+a) vez",
        r"(?:todavia|aun) no (?:he|hemos) (?:recibido|tenido) (?:ninguna |tu |su |una )?(?:respuesta|noticias|contestacion)",
        r"(?:un minimo de|algo de|un poco de) (?:cortesia|educacion|respeto|consideracion)",
        r"(?:esta claro|es obvio|es evidente|se ve|parece|ya veo) que no (?:te|le|os) (?:importa|interesa)",
        r"(?:te|le|os) (?:escribi|mande|llame|envie|he escrito|he mandado|he llamado|escribo) (?:como |ya |unas |mas de |por lo menos )?(?:\d+|dos|tres|cuatro|cinco|seis|diez|mil|cien|varias|muchas) veces",
        r"(?:hello|hey|hi|you there|are you there|anyone there|ci sei|pronto|estas|sigues ahi|hola|nandiyan ka ba|andyan ka ba)\s*\?{2,}",
    ),
    familiarity=(
        r"como (?:siempre|de costumbre|en los viejos tiempos|en los viejos|antes)",
        r"como (?:decimos|deciamos|hacemos|haciamos) siempre",
        r"(?:hola|que tal|que onda|que pasa|oye|ey|hey|buenas|epa|quiubo|quihubo) (?:hermano|hermana|bro|broder|compadre|comadre|compa|amigo mio|amiga mia|mi hermano|mi hermana|parcero|parce|tio|tia|guapo|guapa|crack|mae|pana|guey|wey|cuate|chamo|chama|colega|socio|viejo|vieja|che|loco|genio|maquina|campeon|amigazo|amigaza)",
        r"(?:mi|mis) (?:querid[oa]|mejor|viej[oa]|gran) (?:amig[oa]|amigazo|compadre|colega)",
        r"lo de siempre|ya me conoces",
    ),
    blast=(
        r"(?:hola|querid[oa]s|estimad[oa]s|saludos|buenos dias|buenas tardes|buenas) (?:a )?(?:tod[oa]s|amig[oa]s|colegas|contactos|compañeros|companeros|senores|senoras)",
        r"(?:querid[oa]s|estimad[oa]s) (?:amig[oa]s|colegas|contactos|companer[oa]s|clientes)",
        r"(?:me pongo en contacto|contacto|escribo|me dirijo) (?:con |a )?(?:los |las |todos los |todas las )?(?:\w+ ){0,3}de mi (?:red|lista de contactos|agenda)",
        r"a quien (?:corresponda|pueda interesar|le pueda interesar)",
        r"(?:escribo|estoy escribiendo|envio este mensaje|mando este mensaje) a (?:tod[oa]s) (?:mis|los|las)",
        r"(?:tod[oa]s) mis (?:contactos|amig[oa]s|colegas|conocidos|conexiones)",
        r"(?:reenvia|reenvien|reenviad|reenvialo|comparte|compartan|compartid|compartelo|pasalo|pasenlo|pasadlo)(?: esto| este mensaje)? (?:a|con) (?:quien|cualquiera|todos|tus contactos|tu red)",
        r"(?:suscribete|suscribanse|sigueme|siganme|echale un vistazo|echa un vistazo|visita|visiten|lee|lean) (?:a |al |el |la )?(?:mi |mis )?(?:nuev[oa] )?(?:blog|newsletter|boletin|podcast|canal|web|pagina|sitio|articulo|post)",
        r"(?:darte de baja|date de baja|cancelar (?:la|tu) suscripcion)",
        r"mi (?:boletin|newsletter) (?:semanal|mensual)",
    ),
    ask=(
        # "¿me podrías recomendar?", "podrías presentarme", "me puede referir"
        r"(?:me )?(?:podrias|puedes|podria|puede|podrian|pueden|podes|podeis|te animarias a|seria posible) (?:usted |tu |vos )?(?:por favor |quizas |tal vez |acaso |ademas |tambien )?(?:recomendarme|referirme|presentarme|recomendar(?:me)?|referir(?:me)?|presentar(?:me)?|ayudarme a (?:conseguir|encontrar|entrar)|ayudar a (?:conseguir|encontrar)|pasar mi|reenviar mi|enviar mi|conseguirme|contratarme|echarme una mano|echar una mano|hacerme un favor|hacer un favor|prestarme|dejarme|enchufarme|dar mi|meterme)",
        r"me (?:recomiendas|recomendarias|presentas|presentarias|refieres|referirias|contratarias|harias un favor|prestarias|echarias una mano)",
        r"(?:estan|estais|esta|estas) (?:contratando|buscando (?:gente|personal|a alguien|perfiles))",
        r"(?:tu|su|vuestra) (?:empresa|equipo|compania|firma) (?:esta )?(?:contratando|busca|buscando)",
        r"(?:hay|tienen|tienes|tiene|teneis) (?:alguna |algun |algunas |algunos )?(?:vacante|vacantes|puestos? (?:abiertos?|disponibles?|libres?)|posiciones? (?:abiertas?|disponibles?)|ofertas? de (?:trabajo|empleo))",
        r"(?:ayudarme|ayuda) a (?:conseguir|encontrar) (?:un |una )?(?:trabajo|empleo|puesto|chamba|curro|pega|entrevista|practicas)",
        r"(?:pedirte|pedirle|pediros|pedir) (?:un |una )?(?:favor|trabajo|empleo|recomendacion|referencia|presentacion|prestamo|enchufe|palanca|chamba|curro)",
        r"(?:tengo|traigo) (?:un |una )?(?:favor|peticion) (?:que pedirte|que pedirle|para ti|para usted)",
        r"(?:necesito|quisiera|quiero|queria) (?:pedirte |pedirle )?(?:un |una )?(?:favor|enchufe|palanca)",
        r"(?:pasar|reenviar|mandar|enviar|dar)(?:le|les)? mi (?:cv|curriculum|hoja de vida|perfil)",
        r"(?:venir|ser|participar) (?:como )?(?:invitad[oa]|ponente|mentor[a]?|referencia)",
        r"(?:comparte|compartan|compartid|comparta|compartieran|compartieras|compartiera|compartirla|compartirlo|reenvia|reenvien|reenviad|reenvie)(?:lo|la)?(?: este| mi)?(?: mensaje| correo| anuncio| post| publicacion)?(?: con| a) (?:(?:tu|su|vuestra|sus|tus) (?:red|contactos|conocidos)|quien|quienes|cualquiera|todo el que)",
        r"me (?:pones|pusieras|pondrias|pongas|ponga|pondria|pusiera) en contacto|ponerme en contacto con (?:tu|su|vuestro|vuestra)",
        r"(?:patrocina|patrocinan|patrocinais|patrocinas) (?:el |los )?(?:visados?|visas?)",
        r"(?:invierta|invertir|inviertas|invirtieras|invirtiera|invertirias|invertiria) en (?:mi|nuestro|nuestra|nuestros|nuestras)",
        r"(?:presentarme|recomendarme|referirme) (?:a|al|con|ante) (?:tu|su|vuestro|vuestra|tus|sus|alguien|algun|alguna|algunos|algunas|gente|personas|inversores|el director|la directora|el responsable|la responsable)",
        r"me (?:consigues|conseguirias|consigas|consiga|conseguiria) (?:una|un) (?:entrevista|trabajo|puesto|reunion|contacto|cita)",
        r"me (?:propusieras|propongas|propusiera|propondrias|proponga)|proponerme (?:para|como)|dar mi nombre",
        r"que me (?:recomiendes|recomendaras|recomendases|presentes|presentaras|refieras|refirieras|contrates|contrataras|enchufes|ayudes a conseguir|ayudaras a conseguir)",
        r"si (?:sabes|sabeis|saben|sabe|te enteras|os enterais|se entera|escuchas|oyes) de (?:algo|alguna|algun)",
        r"(?:tenme|tenedme|tengame) en cuenta",
    ),
    request=(
        r"(?:seria|serian|estaria|estaria) (?:muy |enormemente |realmente )?(?:apreciad[oa]s?|agradecid[oa]|de gran ayuda|util)",
        r"(?:te|le|os) (?:estaria|estaré|estare|quedaria) (?:muy )?agradecid[oa]|(?:agradeceria|agradecería|apreciaria)",
        r"(?:por favor|si pudieras|si pudiera|si puedes|te pido|le pido|te agradeceria)",
        r"(?:podrias|puedes|podria|puede|podrian|te importaria|le importaria|conoces a alguien|conoce a alguien|sabes de alguien)",
    ),
    favour=(
        r"recomendacion(?:es)?|recomendarme|referirme|referencias?|me (?:pueda|puedas|pueda usted) (?:referir|recomendar|presentar)",
        r"vacantes?|puestos? (?:abiertos?|libres?)|ofertas? de (?:empleo|trabajo)|practicas|una entrevista|un trabajo|un empleo|un puesto",
        r"mi (?:cv|curriculum|hoja de vida|portafolio|perfil)|contratarme|un prestamo|prestarme|invertir|inversion",
    ),
    negation=(
        r"(?:no|sin|nunca)\s*$",
        r"no (?:quiero|quisiera|queria|pretendo|pretendia|busco|buscaba|es (?:para|mi intencion)|te escribo para|le escribo para|vengo a|voy a|estoy|intento|es que)",
        r"(?:sin|ni) (?:querer|intencion de|animo de|pretender|compromiso|presion|prisa)",
        r"no (?:es|se trata de) (?:un|una)",
        r"(?:nada de|lejos de)",
    ),
    gap=(
        r"(?:anos|meses) de silencio|(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) anos\s*\?|(?:ha|han) pasado (?:\w+ ){0,2}(?:decada|lustro)",
        r"cuanto (?:hace|tiempo hace|ha pasado)",
        r"(?:paso|pasaron) (?:\w+ ){0,2}(?:tiempo|anos|meses|ano|rato)",
        r"(?:ha|han|hayan|haya|hubieran|hubiera) pasado (?:\w+ ){0,3}(?:tiempo|anos|meses|ano|decadas|siglos|vida|eternidad|navidades|veranos|inviernos|rato)",
        r"(?:cuanto|tanto|mucho|demasiado) tiempo",
        r"hace (?:ya |casi |mas de |unos |como |por lo menos )*(?:mucho|tanto|tiempo|anos|siglos|una eternidad|meses|\w+ anos|\w+ meses|rato|un monton)",
        r"(?:desde|despues de|tras) (?:hace )?(?:tanto|mucho|tantos|muchos|todos estos|varios|unos|algunos) (?:tiempo|anos|meses)",
        r"desde hace (?:\w+ )?(?:anos|tiempo|meses|siglos)",
        r"(?:perdimos|hemos perdido|habiamos perdido|perdi|he perdido) (?:el )?contacto",
        r"(?:desde|de) (?:la|nuestra|mi) ultima (?:vez|conversacion|charla|reunion|carta|visita|llamada|mensaje)",
        r"cuant[oa]s (?:anos|meses|siglos)",
        r"(?:anos|meses) (?:desde|sin vernos|sin hablar)",
        r"(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|tantos|muchos) anos (?:desde|atras|sin)",
        r"la ultima vez que (?:nos|hablamos|te|coincidimos|estuvimos)",
        r"no (?:hemos |habiamos )?(?:hablado|hablamos|coincidimos|nos vemos|nos hemos visto|nos vimos|nos escribimos|estamos en contacto|sabia nada de ti|se nada de ti|nos hablamos)",
        r"(?:siglos|anos|meses|una eternidad|tiempo) (?:sin (?:hablar|vernos|saber)|atras)",
        r"(?:perdona|perdon|disculpa|disculpame|lo siento) (?:por )?(?:el |mi |tanto |este )?(?:silencio|desaparicion|ausencia|tiempo|desaparecer|haber desaparecido)",
        r"(?:estuve|he estado) (?:muy )?(?:desaparecid[oa]|ausente|perdid[oa]|callad[oa])",
        r"(?:en (?:los|aquellos) tiempos|cuando (?:trabajabamos|estudiabamos|estabamos|coincidimos)|desde (?:la uni|la universidad|el colegio|que trabajamos|que estudiamos|que coincidimos))",
        r"(?:en|desde|del) (?:19|20)\d\d",
        r"no se si (?:te|se) (?:acuerdas|acuerda) de mi",
    ),
    reason=(
        r"por fin (?:saque|consegui|termine|tengo|encontre|compre|me)\w*",
        r"acaban de (?:nombrarme|ascenderme|contratarme|elegirme)|me (?:acaban de|han) (?:nombrad[oa]|ascendid[oa]|contratad[oa])",
        r"(?:ahora|hoy|desde \w+) (?:edito|llevo|dirijo|soy|estoy en|trabajo|coordino|manejo|doy clases)",
        r"mi (?:herman[oa]|prim[oa]|hij[oa]|sobrin[oa]|amig[oa]|pareja|espos[oa]) (?:busca|esta buscando|necesita)",
        r"ahora (?:llevo|trabajo|dirijo|gestiono|coordino|manejo|enseno)",
        r"(?:despues de|tras) (?:cerrar|dejar|perder|vender|terminar)|(?:tuve|he tenido|estoy pasando|pase) (?:una )?(?:mala racha|epoca dificil|momento dificil)",
        r"(?:estoy|estamos) a punto de|(?:voy|vamos) a (?:abrir|lanzar|mudarme|mudarnos|empezar|montar|fundar|publicar)|(?:busco|estoy buscando|ando buscando) (?:un |una |nuev[oa] )?(?:trabajo|empleo|laburo|puesto|chamba|curro|oportunidad)",
        r"(?:te|le|os) (?:escribo|contacto|busco) (?:porque|ya que|dado que|pues|ahora que|para contarte|para contarle|por)",
        r"(?:el )?motivo (?:de mi|por el que|es que)",
        r"(?:me )?(?:mudo|voy a mudar|estoy mudando|he mudado|mude|mudamos|traslado|he trasladado|vuelvo|he vuelto|regreso|he regresado|regrese|volvi)",
        r"(?:estoy|estamos) (?:por|lanzando|empezando|iniciando|volviendo|buscando|trabajando|escribiendo|organizando|preparando|pensando|montando|abriendo|armando|cambiando|estudiando|explorando|terminando)",
        r"(?:acabo|acabamos|me acaban|nos acaban) de",
        r"(?:ya|ahora) (?:vivo|estoy|trabajo|resido) en",
        r"a partir de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|manana|hoy|ahora|la semana|el mes)",
        r"(?:mi|nuestro) (?:paso|cambio|traslado|transicion) (?:a|al|hacia)",
        r"me hago (?:autonom[oa]|freelance|independiente)",
        r"mi (?:nuevo|nueva) (?:\w+ )?(?:web|sitio|pagina|negocio|empresa|consultora|estudio|libro|podcast|tienda|proyecto)",
        r"(?:busco|buscando) (?:trabajo|empleo)|despues de los despidos|me despidieron",
        r"(?:busco|buscando|en busca de) (?:nuevas |una |un )?(?:oportunidades|oportunidad|trabajo|empleo|puesto|practicas)",
        r"(?:quiero|quisiera|voy a|pienso|estoy pensando en|he decidido|decidi|espero) (?:mudarme|cambiar|volver|abrir|lanzar|empezar|postular|dejar|montar|irme|pasarme)",
        r"(?:empiezo|comienzo|abro|lanzo|inicio|monto|organizo|preparo|presento|publico|inauguro|cambio|dejo) (?:un|una|el|la|mi|en|a|por|con)",
        r"(?:he|hemos) (?:decidido|empezado|lanzado|abierto|fundado|dejado|cambiado|terminado|publicado|conseguido|aceptado|vendido|montado|iniciado)",
        r"(?:decidi|empece|lance|abri|funde|deje|cambie|termine|publique|consegui|acepte|vendi|monte|inicie)",
        r"(?:vi|he visto|lei|he leido|me entere|supe|escuche|me contaron) (?:que|tu|su|lo de|sobre|en|de)",
        r"(?:felicidades|felicitaciones|enhorabuena|te felicito)",
        r"(?:el|la|este|esta|el proximo|la proxima) (?:mes|semana|ano|primavera|verano|otono|invierno)(?: que viene| proxim[oa]| pasad[oa])?",
        r"(?:en|a|desde|para|este|a finales de|a principios de) (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)",
        r"ahora que",
        r"(?:mi|nuestro|nuestra) (?:nuev[oa] )?(?:mudanza|proyecto|startup|empresa|libro|investigacion|postulacion|candidatura|regreso|vuelta|tesis|negocio|emprendimiento)",
        r"(?:estare|voy a estar|estoy) (?:en|por) [a-z]+ (?:el|la|en|desde|unos|por|este|esta|para)",
    ),
    offer=(
        r"(?:iria|vendria|lo haria|ayudaria) (?:encantad[oa]|con gusto)|te debo (?:una|un|unas|unos) (?:canas|cerveza|cervezas|cena|cafe|comida|asado)|(?:puedo|podria) (?:\w+ ){0,3}(?:ayudarte|echarte una mano)|(?:que )?ofrezco:",
        r"(?:puedo|podria|podemos) (?:\w+ )?(?:proponer|recomendar|presentar|invitar|alojar|llevar)(?:te|le|los|las|les)",
        r"si (?:\w+ ){0,3}(?:te|le|les|os) (?:hace falta|sirve|viene bien|hiciera falta)",
        r"si (?:tu|su|vuestro|vuestra) (?:\w+ )?(?:necesita|necesitara|busca|buscara|llegara a necesitar)",
        r"(?:llevarte|llevarle|invitarte|invitarle) a",
        r"corre(?:n|ra|ran)? (?:por|de) mi cuenta|(?:te|le|los|las|les|os) invito|ofrecer(?:te|le|les|os)|(?:te|le|les|os) ofrezco",
        r"(?:si|cuando|en lo que) (?:puedo|pueda|podria|puedo yo) (?:ayudarte|ayudarle|ayudaros|ayudar|echarte una mano|serte util|serle util|ser de ayuda|ser util|hacer algo)",
        r"(?:puedo|podria|podre|me encantaria|encantad[oa] de|con gusto|con mucho gusto|feliz de|dispuest[oa] a|me gustaria)\W*(?:te |le |os )?(?:ayudar|presentar|pasar|enviar|mandar|echar|invitar|compartir|devolver|revisar|mostrar|contar|conectar|poner|alojar|recibir|dar|ofrecer|acompanar|llevar|guardar|reservar|prestar|regalar|promocion|promocionar|difundir)\w*",
        r"(?:avisame|dime|dimelo|me dices|me avisas|hazmelo saber|digame|avíseme|aviseme) (?:si|cuando|en que) (?:puedo|necesitas|necesita|te sirve|le sirve|quieres|quiere|te interesa|le interesa|te viene)",
        r"(?:te|le|os) (?:lo |la |los |las )?(?:invito|ofrezco|presento|paso|mando|envio|comparto|ayudo|devuelvo|devolvere|devolveria|acompano|promociono)",
        r"si (?:alguna vez |algun dia )?(?:necesitas|necesita|necesitais|necesitan|te hace falta|le hace falta) (?:algo|ayuda|una? \w+|contactos|cualquier cosa|consejo|que alguien)",
        r"(?:cuenta|cuente|contad) conmigo",
        r"con (?:mucho )?gusto",
        r"(?:a tu|a su|a vuestra) (?:disposicion|orden)|(?:estoy|quedo) a (?:tu|su) disposicion",
        r"(?:el cafe|la comida|la cena|las cervezas|la cerveza|el almuerzo|el vino)(?: lo| la| las)? (?:invito yo|pago yo|corre de mi cuenta|va por mi cuenta|lo pongo yo)",
        r"(?:invito yo|pago yo|devolver(?:te)? el favor)",
        r"invitar(?:te|le|os|les)",
        r"si (?:te|le|os) (?:sirve|sirven|sirviera|puede servir|pueden servir|es util|son utiles|resulta util|resultan utiles|viene bien|interesa|ayuda)",
        r"(?:lo que necesites|lo que necesite|en lo que necesites|para lo que necesites)",
    ),
    small_talk=(
        r"(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) anos",
        r"(?:te|se) (?:acuerdas|acordas|acuerda) (?:todavia |aun )?de mi",
        r"(?:como|que tal) (?:estas|esta|estais|andas|anda|te va|le va|va todo|te trata la vida|sigues|va la vida|te encuentras|se encuentra)(?: (?:ultimamente|estos dias|por ahi))?",
        r"que tal(?: todo)?|todo bien|como va(?: todo)?|que cuentas|que me cuentas|que hay de nuevo",
    ),
    logistics=(
        r"(?:estas|esta|estarias|estaria|estaras|estara) (?:libre|disponible|por (?:aqui|alli|la zona|la ciudad))",
        r"(?:tienes|tiene|tendrias|tendria|tendras) (?:tiempo|un rato|un momento|cinco minutos|diez minutos|media hora|\d+ minutos)",
        r"(?:te|le|os) (?:apetece|apeteceria|animas|animarias|parece|pareceria|viene bien|vendria bien|va bien|iria bien|late|gustaria) (?:un|una|tomar|quedar|vernos|hablar|charlar|almorzar|comer|cenar|hacer|si|que)",
        r"(?:unas canas|un cafe|una cerveza|unas cervezas|un vino|una comida|una cena|una llamada)(?: pronto| un dia de estos| la semana que viene)?\s*\?",
        r"^\W*(?:quedamos|nos vemos|hablamos|tomamos)|(?:podemos hablar|podemos vernos|podriamos vernos|podriamos hablar)",
        r"(?:cuando|que dia|a que hora) (?:te viene|le viene|estas|estarias|puedes|podrias)",
        r"(?:recibiste|viste|leiste|has recibido|has visto) mi",
        r"(?:dejo de|prefieres que deje|deberia dejar|sigo)(?: de)? (?:escribir|insistir)",
    ),
    curiosity=(
        r"(?:como|que tal) (?:va|van|esta|estan|sigue) (?:el|la|los|las|tu|tus|esa|ese|esos|esas) \w+",
        r"preguntarle (?:como|que|por|donde)",
        r"(?:me encantaria|me gustaria|quisiera|tengo curiosidad por|tengo ganas de|muero por) (?:saber|conocer|escuchar|enterarme|oir) (?:que|como|de|sobre|en|donde|con quien|cual|tu|qué|cómo)",
        r"(?:cuentame|cuenteme|cuentanos|dime|me cuentas|me contas|contame) (?:que|como|de|sobre|un poco|todo|en|donde|cual|algo|tu)",
        r"(?:curiosidad|curioso|curiosa) (?:por|de) saber",
    ),
    greetings=(
        "hola",
        "querido",
        "querida",
        "estimado",
        "estimada",
        "buenos dias",
        "buenas tardes",
        "buenas noches",
        "buenas",
        "hey",
        "oye",
        "apreciado",
        "apreciada",
        "saludos",
    ),
    not_names=(
        "a",
        "todos",
        "todas",
        "amigos",
        "amigas",
        "amigo",
        "amiga",
        "chicos",
        "chicas",
        "colegas",
        "hermano",
        "que",
        "como",
        "espero",
        "soy",
        "te",
        "hace",
        "perdona",
        "perdon",
        "disculpa",
        "gracias",
        "felicidades",
        "enhorabuena",
        "cuanto",
        "tanto",
        "he",
        "queria",
        "me",
        "hola",
        "querido",
        "querida",
        "estimado",
        "estimada",
        "senor",
        "senora",
        "don",
        "dona",
        "bro",
        "compadre",
        "parcero",
        "tio",
        "crack",
        "mae",
        "pana",
        "no",
        "ya",
    ),
)


# --- structure (see ``coach_grammar``) -----------------------------------------------------


def _indicative(stem: str, group: str) -> str:
    """The second-person (tú, vos, usted, ustedes) indicative forms of a regular verb, folded.

    Subjunctives are left out on purpose: "no hace falta que me respondas" excuses, it does
    not accuse.
    """
    endings = (
        ("as", "a", "an", "ais", "aste", "o", "aron", "abas", "aba", "aban", "aras", "ara", "aran", "ado")
        if group == "ar"
        else ("es", "e", "en", "eis", "is", "iste", "io", "ieron", "ias", "ia", "ian", "eras", "era", "eran", "ido")
    )
    return stem + "(?:" + "|".join(endings) + ")"


_CLITIC_ES = r"(?:(?:me|nos|te|le|les|lo|la|los|las|se) )*"
_STILL_ES = r"(?:(?:todavia|aun|nunca|ya|jamas|siquiera|ni siquiera|mas|nada|tampoco|nunca mas) )*"
_AUX2_ES = r"(?:has|as|ha|a|habeis|han|habias|habia|habian)"  # "as"/"a": the usual misspelling of has/ha
_MSG_ES = r"(?:(?:mi |mis |el |la |los |las |ningun |ninguno de mis |ni un |ni una )?(?:\w+ )?(?:mensajes?|correos?|mails?|e-?mails?|notas?|whatsapps?|wasaps?|audios?|cartas?))"
_ANSWERED_ES = (
    rf"(?:respondido|contestado|escrito|devuelto|llamado|avisado|reaccionado|dignado|hecho caso|dicho (?:nada|algo|ni)|"
    rf"dado (?:senales|señales|noticias)(?: de vida)?|(?:leido|visto|abierto) {_MSG_ES})"
)
_ANSWERS_ES = (
    r"(?:"
    + "|".join(
        (
            _indicative("contest", "ar"),
            _indicative("respond", "er"),
            _indicative("escrib", "ir"),
            _indicative("llam", "ar"),
            _indicative("avis", "ar"),
            _indicative("reaccion", "ar"),
            _indicative("dign", "ar"),
        )
    )
    + r"|devuelves|devolves|devuelve|devuelven|devolviste|devolvio|haces caso|haceis caso|hace caso|hacen caso|hiciste caso|"
    r"hizo caso|lees|lee|leen|leiste|leyo|leyeron|abres|abriste|dices nada|decis nada|dice nada|dijiste nada|dijo nada|das senales|das señales|diste senales|dio senales)"
)
_NUM_ES = r"(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|varias|varios|muchas|muchos|mil|cien|un monton de|un par de|\d+)"
_MSGS_ES = r"(?:veces|mensajes|correos|mails|emails|e-mails|whatsapps|wasaps|audios|llamadas|intentos|recordatorios)"
_BUSY_ES = r"(?:ocupad[oa]s?|liad[oa]s?|ataread[oa]s?|importantes?|tapad[oa]s?|a tope)"

GRAMMAR = Grammar(
    language="es",
    accusation=(
        r"mis (?:ultimos|ultimas|anteriores) (?:dos|tres|cuatro|cinco|varios|varias|\d+) (?:correos|mails|e-?mails|mensajes|notas|llamadas|whatsapps|audios)|(?:los|las) (?:dos|tres|cuatro|cinco|\d+) (?:correos|mails|mensajes|llamadas|audios) que te (?:mande|envie|deje|escribi)",
        r"despues de (?:todo|todo lo) (?:lo )?que (?:hice|he hecho|hicimos|te di|pasamos)(?: por ti| juntos)?",
        r"pense (?:que )?(?:podia contar contigo|te importaba|eramos amig[oa]s|eras diferente|significaba algo)",
        r"(?:supongo|por lo visto|esta claro|parece) que (?:no )?(?:contaba|cuento|valia|valgo|importaba|importo|significaba) (?:poco|nada)|(?:nuestra amistad|esos anos) (?:no )?(?:valia|valian|significaba|significaban|importaba) (?:poco|nada)",
        r"capto la indirecta|pillo la indirecta|mensaje recibido|fuerte y claro|(?:tu|su|ese|este) silencio (?:lo dice todo|dice mucho|habla por si solo|es (?:una|tu|su) respuesta)",
        r"me debes (?:una|un favor|algo)|(?:ya es hora de|te toca|es momento de) devolver(?:me)? el favor|devuelveme el favor",
        r"(?:muy|demasiado|tan) (?:important[e]|famos[oa]|ocupad[oa]) (?:ahora )?(?:para (?:nosotros|mi|los viejos amigos|contestar|responder))",
        r"(?:hice|dije|escribi) algo (?:malo|mal|que te (?:molesto|ofendio))|que (?:te )?hice (?:mal|para)",
        r"ya (?:estoy|me tienes) acostumbrad[oa]|como siempre,? (?:nada|ninguna respuesta|silencio)",
        r"espero que (?:valga|haya valido) la pena",
        # "no me has respondido", "todavía no me contestaste", "nunca contestás", "ni siquiera me respondió"
        rf"(?:no|nunca|jamas|ni siquiera|ni|tampoco) {_CLITIC_ES}{_STILL_ES}(?:{_AUX2_ES} {_STILL_ES}{_ANSWERED_ES}|{_ANSWERS_ES})",
        # "me has ignorado", "me ignoras", "me dejaste en visto", "me estás ignorando"
        r"(?:me|nos) (?:has |ha |han |habeis |estas |esta |estan )?(?:ignorad[oa]|ignorando|ignoras|ignora|ignoran|ignoraste|ignoro|ignoraron|evitas|evitaste|evitando|ghosteas|ghosteaste|ghosteado|bloqueaste|bloqueado|olvidaste|olvidado)",
        r"(?:me |nos )?(?:dejaste|dejas|deja|dejo|dejaron|has dejado|ha dejado|han dejado) en (?:visto|leido|azul)|(?:me )?clavaste el visto|ignorandome",
        r"(?:decidiste|decidio|has decidido|ha decidido|elegiste) (?:ignorarme|no contestarme|no responderme|desaparecer)|ignorarme",
        r"(?:ignorado|ignorar|ignores|ignoraras|ignoraste) (?:\w+ )?(?:tres|dos|cuatro|cinco|\d+|todos mis|todas mis) (?:\w+ )?(?:mensajes|correos|mails|emails)",
        r"ignorando a (?:todo el mundo|todos|todas)|ignoras a (?:todo el mundo|todos)",
        r"(?:ignoras|ignoraste|ignora|ignoran|has ignorado|ha ignorado|evitas|evita|evitan|esquivas|esquiva) (?:mis|mi|todos mis|todas mis|a mi)",
        r'sin (?:siquiera|ni siquiera|ni) (?:un|una|media) (?:\w+ )?(?:"[^"\n]{1,20}"|respuesta|linea|palabra|senal|ok|audio)',
        r"(?:ni siquiera|no|ya no) (?:consigo|logro|puedo conseguir|recibo|obtengo) (?:una |ninguna |ni una )?(?:respuesta|contestacion|palabra)",
        r"no (?:quieres|queres|quiere|quieren) (?:saber nada de mi|hablarme|verme|saber de mi|escucharme|nada conmigo)",
        # "desapareciste", "no das señales de vida", "te olvidaste de mí"
        r"desapareciste|desaparecio|desaparecieron|te esfumaste|se esfumo|(?:estas|esta|andas|anda) desaparecid[oa]|(?:te|se) (?:has |ha )?olvid(?:aste|o|ado) de (?:mi|nosotros)",
        # "ni una respuesta", "sin respuesta", "todavía nada", "sigo sin noticias"
        r"(?:ninguna|ni una|ni un|sin|cero|nada de|ni siquiera una|ni media) (?:sola )?(?:respuesta|contestacion|palabra|linea|senal|señal|reaccion)(?: (?:de tu parte|de su parte|tuya|suya|de ti|de usted|de ustedes))?",
        r"todavia (?:nada|sin (?:respuesta|noticias)|ninguna respuesta)|sigo sin (?:respuesta|noticias|saber nada)",
        r"(?:aun|todavia|nunca) no (?:he|hemos|tengo|tenemos) (?:recibido|tenido) (?:ninguna |tu |su |una |ni una )?(?:respuesta|contestacion|noticias tuyas|noticias suyas)|no (?:he|hemos) (?:recibido|tenido) (?:ninguna |tu |su |una )?(?:respuesta|contestacion)",
        r"(?:sigo|seguimos|continuo|todavia estoy|aun estoy|estoy todavia|estoy aun|todavia espero|aun espero|espero todavia|espero aun) (?:esperando|a la espera|tu respuesta|su respuesta|una respuesta|respuesta)",
        near(
            r"(?:esta claro|es obvio|es evidente|se ve|parece|ya veo|veo|evidentemente|obviamente|claramente)(?: que)?",
            r"no (?:te|le|os|les) (?:importa|importan|interesa|interesan)",
            gap=4,
        ),
        r"(?:al menos|por lo menos|aunque sea|siquiera) (?:\w+ ){0,3}(?:podrias|podias|pudiste|habrias podido|hubieras podido|podria|podia|pudo|podrian|pudieron)|(?:podrias|podias|pudiste|habrias podido|hubieras podido|podria|podia) (?:\w+ ){0,2}(?:al menos|por lo menos|aunque sea|siquiera)",
        r"me (?:siento|sentia|he sentido|senti) (?:un poco |un poquito |bastante |muy |totalmente )?(?:ignorad[oa]|olvidad[oa]|invisible|ninguneado|ninguneada)",
        near(
            r"(?:me dolio|me duele|me ha dolido|decepcionad[oa]|dolid[oa]|ofendid[oa]|que pena|una pena|lastima|me sorprende|me sorprendio|triste|me sento mal|me senti mal)",
            r"(?:no (?:recibir|tener|saber|haber recibido)|ninguna|sin|ni (?:dos|una|un|siquiera)|tu silencio|su silencio)",
            gap=4,
        ),
        r"(?:estas|esta|estan) (?:enojad[oa]s?|enfadad[oa]s?|molest[oa]s?|ofendid[oa]s?) conmigo|me odias|me tienes bronca",
        near(r"se que", r"(?:lo |la )?(?:viste|leiste|recibiste|has visto|has leido|ha visto|vio|leyo)", gap=4),
        near(
            r"(?:no (?:pienso|voy a|puedo seguir)|cansad[oa] de|hart[oa] de)",
            r"(?:perseguir|persiguiendo|perseguirte|correr detras|rogar|rogandote|suplicar)\w*",
            gap=2,
        ),
        r"pensaba (?:de verdad |realmente )?que (?:nuestra|nuestro|yo|nosotros) (?:\w+ ){0,2}(?:valia|importaba|significaba|merecia|contaba) (?:mas|algo)|esperaba (?:mas|algo mejor) de ti",
        r"(?:tomar|tomo|interpretar|considerar) (?:tu|su|este|el) silencio como|(?:le )?(?:hablo|hablar|escribo|escribir|hablando|escribiendo) (?:a la|al|con la) (?:pared|nada|vacio)",
        r"merec\w* (?:este|tu|su|tal|semejante) silencio|(?:amistad|relacion) (?:tenia|tiene|tuviera) fecha de (?:caducidad|vencimiento)|(?:dos )?(?:tics|ticks|palomitas|vistos) azules",
        r"(?:busque|escribi|contacte|llame|he buscado|he escrito|te busque|te escribi) (?:\w+ ){0,2}(?:por|en|via) (?:correo|mail|email|telefono|linkedin|whatsapp|instagram|sms|messenger|telegram)(?:,? (?:por |en |via )?(?:correo|mail|email|telefono|linkedin|whatsapp|instagram|sms|messenger|telegram))*,? (?:y|e) (?:por |en |via )?(?:correo|mail|email|telefono|linkedin|whatsapp|instagram|sms|messenger|telegram)",
        r"(?:esperaba|pensaba|creia) que (?:al menos|por lo menos|aunque sea)",
        # "¿me vas a contestar algún día?", "¿piensas responderme?"
        r"(?:me|nos) (?:vas|va|van|vais) a (?:contestar|responder|escribir|llamar)(?: (?:algun dia|alguna vez|nunca|o no|en algun momento))?\s*\?|(?:me|nos) (?:contestaras|responderas|contestara|respondera) (?:algun dia|alguna vez|nunca)|(?:piensas|pensas|piensa|piensan|tienes pensado|tiene pensado) (?:contestarme|responderme|contestar|responder|escribirme|llamarme)",
        # Counting: "te mandé tres mensajes", "es la tercera vez que te escribo", "tres correos y nada"
        near(
            r"(?:he|hemos|ya)",
            r"(?:escrito|mandado|enviado|llamado|buscado|intentado|contactado|insistido)",
            rf"{_NUM_ES} {_MSGS_ES}",
            gap=3,
        ),
        near(r"(?:escribi|mande|envie|llame|busque|intente|contacte|insisti|deje)", rf"{_NUM_ES} {_MSGS_ES}", gap=3),
        rf"{_NUM_ES} {_MSGS_ES} (?:ya |seguidos |seguidas )*(?:y|sin|pero) (?:todavia |aun )?(?:nada|ninguna|ni|cero|nunca|no)",
        r"(?:es|esta es|ya es|ya van|ya va|van|va) (?:ya )?(?:la |mi |el )?(?:segunda|tercera|cuarta|quinta|sexta|enesima|segundo|tercer|tercero|cuarto|quinto|enesimo) (?:vez|mensaje|correo|intento|mail|recordatorio)",
        r"por (?:segunda|tercera|cuarta|quinta|enesima) vez|ya van (?:dos|tres|cuatro|cinco|varios|varias|\d+) (?:mensajes|correos|mails|veces|llamadas)",
        # Guessing they are too busy: "supongo que estás demasiado ocupada", "tan ocupado como para no contestar"
        rf"(?:supongo|imagino|asumo|veo|seguro|seguramente|evidentemente|obviamente|sera|parece) (?:que )?(?:tu |usted |ustedes )?(?:estas|estaras|esta|estara|estes|este|estabas|has estado|andas|andaras|eres|es|estan|estaran) (?:ya |siempre |muy )?demasiado {_BUSY_ES}",
        rf"(?:demasiado|tan|muy) {_BUSY_ES} (?:como )?para (?:\w+ )?(?:responder|contestar|responderme|contestarme|escribir|escribirme|mi|dos lineas|una respuesta|llamarme)",
        # Deserving an answer, the least, how little it takes
        r"(?:merecia|merezco|me merecia|me merezco|mereceria|me mereceria|hubiera merecido|habria merecido|merecíamos|mereciamos) (?:al menos |por lo menos |aunque sea |siquiera )?(?:una |un )?(?:respuesta|contestacion|linea|mensaje|explicacion|palabra)",
        r"lo minimo (?:seria|era|que podrias|que podias|hubiera sido|habria sido)",
        r"(?:no )?(?:te|le|les) (?:cuesta|costaba|costaria) (?:nada|tanto|mucho)|(?:cuesta|lleva|son|toma|tomaba|llevaba) (?:dos|cinco|un|pocos|diez) (?:segundos|minutos)",
        r"no (?:tienes|tiene|tenes|tienen|tenias|tenia) (?:ni )?(?:dos|un|cinco|diez) minutos|(?:dos|un|cinco|diez) minutos? para mi",
        r"(?:tan|muy) dificil es (?:contestar|responder)|no es (?:tan|muy) dificil (?:contestar|responder|escribir)",
        r"(?:que|en que) (?:te|le|os) (?:hice|he hecho|habre hecho)",
        # Bringing the message back up
        r"(?:subo|subir|subiendo|reflot\w*|rescat\w*|reactiv\w*|levant\w*) (?:de nuevo |otra vez )?(?:este|esta|mi|el|la) (?:correo|mensaje|hilo|email|mail|nota|conversacion|tema)",
        r"(?:arriba|primer lugar|parte de arriba|lo alto|encima) (?:de |en )?(?:tu|su) (?:bandeja|inbox|correo|buzon)",
        # "veo que leíste mi mensaje", "leíste mi mensaje pero no respondiste"
        r"(?:veo|vi|se) que (?:lo |la )?(?:leiste|viste|abriste|has leido|has visto|ha leido|ha visto|leyo|vio)",
        r"(?:leiste|viste|abriste|has leido|has visto|ha leido|ha visto|leyo|vio) (?:\w+ ){0,4}(?:pero|y|y aun asi|y sin embargo) (?:no|nada|nunca|ni)",
    ),
    excuse=(
        r"no (?:hace falta|es necesario|hay (?:ninguna )?(?:prisa|apuro|presion)|tienes que|tenes que|tiene que|te preocupes|se preocupe|te sientas obligad[oa]|importa)",
        r"sin (?:prisa|apuro|presion|compromiso)|ningun (?:apuro|problema|compromiso)|ninguna (?:prisa|presion|obligacion)",
        r"(?:si|aunque|en caso de que|cuando|por si|apenas) ",
        r"perdon|disculp|lo siento|lament(?!o que)|entiendo|se que|comprendo|tranqui|con calma|cuando (?:puedas|quieras)",
    ),
    excuse_after=(
        r"(?:es )?(?:necesari[oa]|obligatori[oa])",
        r"no pasa nada|ningun problema|de mi parte|culpa mia|perdon",
    ),
    request=(
        r"(?:haria|harias|hara) (?:toda )?la diferencia|(?:seria|serias) (?:un salvavidas|mi salvacion|oro)|me salvarias la vida|me abririas (?:muchas )?puertas",
        r"(?:me |nos )?(?:podrias|puedes|podes|podria|puede|podrian|pueden|podeis|serias capaz|te animas|te animarias)",
        r"(?:me|nos) (?:harias|haria|harian|darias|daria|echas|echarias|das|ayudas|ayudarias)|(?:te|le|les|os) pido|(?:queria|quisiera|quiero) pedirte|(?:queria|quisiera) pedirle|me preguntaba si",
        r"(?:te|le) importaria|(?:te |le |les |os )?(?:agradeceria|agradeceriamos|estaria (?:muy |super |enormemente )?agradecid[oa])|me encantaria que|me gustaria (?:que|pedirte|pedirle)",
        r"por favor|porfa|porfis|porfi|si (?:pudieras|pudiera|puedes|podes|podrias|te animas|no es molestia)|(?:habria|hay|habra) (?:alguna )?(?:posibilidad|chance|manera|forma)",
        r"(?:estarias|estaria|estarian) (?:dispuest[oa]s?|abiert[oa]s?|interesad[oa]s?)|seria posible|(?:tenme|tenedme|tengame|tenganme) en cuenta|ojala (?:me|puedas|pudieras)",
        r"(?:seria|serian|estaria) (?:de gran ayuda|muy util|genial|increible|buenisimo|perfecto|ideal)|me (?:vendria|ayudaria) (?:muy )?bien",
        r"(?:nos|me) cambiaria la vida|haria la diferencia|(?:empujoncito|recordatorio|empujon) (?:con|sobre|para)|retomo (?:lo de|el tema|mi correo)|vuelvo (?:sobre|con) (?:lo de|el tema)",
        r"apoyenla|apoyenlo|apoyen|compartanla|compartanlo",
        r"me encantaria|me gustaria mucho|me sentiria (?:muy )?honrad[oa] si|seria un honor|me haria (?:muchisima |mucha |tanta )?ilusion (?:que|si)|(?:avisame|avisenme|avisadme|aviseme|decime|dime|digame|diganme) si|me (?:dices|decis|dice|avisas|avisan) si|(?:queria|quisiera|quiero) saber si|(?:preguntarle|preguntarte|preguntarles) (?:si|como)",
    ),
    need=(r"(?:necesito|necesitaria|necesitamos|me haria falta|me hace falta|me falta|estoy buscando|busco|buscamos)",),
    benefit=(
        r"(?:algun|un|algunos|unos) (?:contactos?|nombres?|datos?|pistas?|enchufes?) (?:en|de|para)|a quien (?:deberia|podria|puedo) (?:escribirle|dirigirme|hablarle|contactar|escribir)|(?:me )?(?:indicarias|indicas|dirias) (?:a quien|quien)",
        r"(?:tienes|conoces|tenes|conoces a|tiene) (?:todavia |aun )?(?:algun |algunos )?(?:contactos?|conocidos|alguien|amigos) (?:en|de) (?!tu\b)\w+",
        r"(?:minutos|media hora|una hora|un momento) de tu tiempo",
        r"(?:llenar|rellenar|completar|responder|contestar) (?:mi|una|esta|la|nuestra) (?:breve |corta )?(?:encuesta|formulario|cuestionario)|(?:participar|formar parte) (?:en|de) (?:mi|nuestro|nuestra) (?:estudio|investigacion|encuesta|tesis|podcast)|para mi (?:tesis|investigacion|tfg|tfm)",
        r"(?:escribirme|dejarme|dejar|escribir|hacerme|escribirias|dejarias) (?:una )?(?:resena|testimonio|carta de recomendacion|recomendacion)",
        r"(?:probar|testear|probarias) (?:mi|nuestra|nuestro) (?:nueva |nuevo )?(?:app|aplicacion|producto|plataforma|servicio|beta|prototipo|curso)",
        r"(?:prestarme|prestar|prestarias|usar) (?:tu|el) (?:coche|carro|auto|casa|depa|departamento|piso|sofa|cuarto|camioneta|oficina)|(?:alojarme|hospedarme|quedarme) (?:en tu casa|contigo|con ustedes|en tu depa)|(?:recibirme|recibirla|recibirlo) en tu casa|(?:un )?(?:lugar|sitio|sofa|cuarto) (?:para dormir|donde quedarme|para ella|para el)|(?:llevarme|darme un aventon|darme un raid|acercarme) al aeropuerto|aventon|(?:ser mi |ser )?(?:aval|fiador)",
        r"(?:mi|nuestro|nuestra) (?:hijo|hija|sobrino|sobrina|primo|prima|hermano|hermana|amigo|amiga|esposo|esposa|pareja)(?: [\w'-]+){0,6} (?:practicas|pasantia|trabajo|puesto|entrevista|oportunidad)",
        r"(?:mencionar|mencionarias|nombrar) mi nombre|(?:decir|dirias|echar|echarias) una buena palabra|una buena palabra|(?:hacerme|darme) (?:el )?(?:enchufe|palanca|cuna)|(?:abrirme|abririas) (?:la puerta|puertas)",
        r"(?:opinion|feedback|comentarios|consejos|tu mirada|un vistazo|una mirada|echar un ojo|un ojo) (?:a|sobre|de) (?:mi|mis|nuestro|nuestra) (?:\w+ )?(?:cv|curriculum|deck|pitch|plan|proyecto|propuesta|borrador|manuscrito|startup|contrato|oferta|web|libro)",
        r"(?:jurado|mentor|mentora|ponente|invitad[oa]|speaker) (?:en|de|para) (?:mi|nuestro|nuestra)",
        r"(?:un )?contacto (?:directo )?con (?:alguien|\w+ de)|(?:conoces|conoce|conocen) a alguien que (?:alquile|alquila|contrate|este contratando|busque|venda)",
        r"apoy(?:en|a|ar)(?:la|lo)|apoyar (?:la |mi |esta )?(?:campana|proyecto)|compartanla|compartanlo|corran la voz",
        r"(?:destrozar|despedazar|criticar|revisar a fondo|darle una vuelta a) (?:mi|nuestro|nuestra) (?:\w+ )?(?:deck|pitch|plan|borrador|cv|idea|proyecto)",
        r"(?:media hora|una hora|(?:diez|quince|veinte|cinco) minutos|un rato|una llamada|una charla) (?:\w+ ){0,2}para (?:explicarme|contarme|ayudarme|aconsejarme|entender)",
        r"alojar(?:me|la|lo|nos|los|las)|hospedar(?:me|la|lo|nos)|quedar(?:me|se|nos) en tu casa|(?:un lugar )?donde (?:pueda|pueda quedarse|quedarme|dormir)",
        r"(?:tenerte|tenerla|tenerlo|tenerlos) (?:de|como) (?:invitad[oa]s?|ponente)|entrevistar(?:te|la|lo|los)",
        r"(?:pasar(?:les|le)?|reenviar(?:les|le)?|compartir|mandar(?:les|le)?)(?: el| la| este| esta| mi)? (?:enlace|link|post|noticia|invitacion|afiche|evento|video|pagina) (?:a|con) (?:tus|sus|vuestros) (?:\w+ )?(?:amigos|amigas|colegas|contactos|seguidores|conocidos)",
        r"(?:tenerme|tenernos|tenme|tenedme|tengame|tenganme|me tengas|me tuvieras|me tendrias|me tenga|me tuviera|me tuvieses) en cuenta",
        r"recomend(?:arme|arnos|aras|es|ases|acion|aciones)|una recomendacion tuya|referi(?:rme|do)|(?:una )?referencia|(?:dar|pasar) mi nombre|proponerme|postularme (?:con|a traves)|enchuf\w*|palanca|(?:meter|poner|echar) (?:una )?buena palabra",
        r"presentar(?:me|nos)|me present(?:es|aras|arias|as)|ponerme en contacto|me (?:pones|pondrias|pongas|pusieras) en contacto|contactarme con|conectarme con",
        r"(?:pasar|pasarle|reenviar|reenviarle|mandar|mandarle|enviar|enviarle|dar|darle|revisar|mirar|echar(?:le)? un vistazo a|leer|evaluar|opinar sobre) (?:\w+ )?(?:mi|mis|nuestro|nuestra|nuestros|nuestras) (?:\w+ )?(?:cv|curriculum|hoja de vida|perfil|portafolio|portfolio|postulacion|candidatura|proyecto|plan de negocio|manuscrito|borrador|pitch|deck|tesis)|mi (?:cv|curriculum|hoja de vida)",
        r"(?:alguien|alguna empresa|empresas|alguna firma) (?:que )?(?:este |esten |estan |esta )?(?:contratando|busque|busca|buscan|necesite)",
        r"(?:hablar|hablaste|hablado|preguntaste|preguntar|comentaste|mencionaste|consultaste) (?:\w+ ){0,3}(?:jefe|jefa|manager|gerente|rrhh|recursos humanos|director|directora|equipo|reclutador|reclutadora) (?:\w+ ){0,2}(?:puesto|cargo|vacante|trabajo|rol|postulacion|entrevista)",
        r"(?:pasar|pasen|pasa|pasale|pasenle|den|dar|dale) mi nombre|necesita(?:n)? (?:un|una) (?:consultor|consultora|freelance|proveedor|desarrollador|desarrolladora|disenador|disenadora)",
        r"me (?:\w+ )?prest(?:ar|as|es|arias|aras|aria)|(?:tirar|tirarle|tirarias|tirarles|tirame) una (?:buena|mano|onda)|gauchada|(?:meter|meterle|echar|echarle) (?:un )?cable",
        r"(?:la |una |esa |esta )?presentacion (?:a|al|con)",
        r"(?:estan|estais|esta|estas|andan|anda) (?:\w+ )?(?:contratando|buscando (?:gente|personal|a alguien|perfiles|personas|nuevos? \w+|\w+ores|\w+ras))|vacantes?|puestos? (?:abiertos?|libres?|disponibles?)|posiciones? (?:abiertas?|disponibles?)|ofertas? de (?:trabajo|empleo)|busquedas? abiertas?|una entrevista|unas practicas|una pasantia",
        r"entrar (?:en|a|al) (?:tu|su|vuestro|vuestra|equipo de|tu equipo de) (?:\w+ )?(?:equipo|empresa|compania|firma|estudio|oficina)?",
        r"(?:un |una |algun |alguna )?(?:puesto|lugar|trabajo|laburo|chamba|curro|hueco|espacio|oportunidad) (?:para (?:ella|el|ellos|ellas|mi \w+)|en (?:tu|su|vuestro|vuestra) (?:despacho|estudio|oficina|firma|equipo|empresa)|para mi|para alguien como yo|en tu (?:equipo|empresa)|en su (?:equipo|empresa)|en vuestr[oa] (?:equipo|empresa)|con ustedes|con vosotros)|contratar(?:me|nos)",
        r"(?:un )?prestamo|prestar(?:me|nos)|plata|dinero|invertir|inversion|inversor(?:es)?|inversionistas?|financia(?:rme|miento|cion)|(?:poner|meter) (?:algo de |un poco de )?(?:plata|dinero|pasta)|patrocin(?:ar|io)",
        r"(?:un |una |el |otro |pequeno |gran )favor(?:cito)?|hacerme (?:un )?favor|(?:me|nos) (?:haces|harias|haria|hagas|hicieras) (?:el|un) favor|(?:echar|echarme|darme|dar) una mano|ayudar(?:me|nos)|me ayud(?:as|es|arias|aras)|una ayudita",
        r"compart(?:ir|e|an|as|irlo|irla|ieras) (?:mi|este|esta|el|la) (?:\w+ )?(?:post|anuncio|mensaje|noticia|publicacion|campana|colecta|link|enlace)|votar(?:me| por mi)|firmar (?:mi|la) peticion|donar|una donacion|comprar mi",
        r"(?:ser|hacer de) (?:mi )?(?:mentor[a]?|referencia|padrino|madrina)",
    ),
    weak_benefit=(
        r"(?:un |una |algun |alguna )?(?:algo|nada|trabajo|empleo|laburo|chamba|curro|puesto|cargo|rol|oportunidad|posicion|consejo|consejos|ayuda|mano|entrevista)",
    ),
    for_me=(r"para mi|para nosotros|para alguien como yo|(?:conseguirme|darme|encontrarme|ofrecerme|pasarme|tirarme)",),
    offer_if=(
        r"si (?:alguna vez |algun dia |en algun momento )?(?:necesitas|necesita|necesitan|necesitaras|buscas|busca|buscan|te hace falta|le hace falta|quieres|queres|estas buscando|estan buscando)",
        r"(?:con gusto|encantad[oa]|feliz|dispuest[oa]) (?:de |a )?(?:te |le )?(?:\w+ )?(?:ayud|recomend|present|pas|mand|dar|hacer)",
        r"(?:te|le|les|os) (?:puedo|podria|podemos) (?:\w+ )?(?:presentar|recomendar|ayudar|pasar|mandar|dar|poner|conectar|echar)",
        r"(?:gracias|agradezco) (?:otra vez |de nuevo |mil )?(?:por|la|el)",
    ),
    blast=(
        r"(?:hola|queridos|queridas|estimados|estimadas|saludos|buenos dias|buenas tardes|buenas noches|buenas) (?:a )?(?:todos|todas|todes|amigos|amigas|colegas|contactos|companeros|companeras|chicos|chicas|gente)",
        r"(?:a|para) (?:todos|todas) (?:ustedes|vosotros)|(?:contarles|informarles|avisarles|saludarles|escribirles|comentarles|decirles|anunciarles|contaros|informaros|avisaros) a (?:todos|todas)|(?:les|os) escribo a (?:todos|todas)|(?:a )?(?:todos|todas) mis (?:contactos|amigos|colegas|conocidos|conexiones)",
        r"(?:compart|reenvi|difund|pas)\w* (?:\w+ ){0,4}(?:con|a) (?:(?:tus|sus|vuestros) (?:contactos|amigos|colegas|conocidos)|(?:tu|su|vuestra) red|quien(?:es)? (?:pueda|puedan|le|les)|cualquiera|todo el mundo|todos)",
        r"(?:suscrib|unete|unanse|siganme|sigueme)\w* (?:\w+ ){0,3}(?:newsletter|boletin|canal|blog|podcast|pagina|lista)",
        r"(?:descarga|descargue|descarguen|prueba|visita|mira|lee|revisa) (?:mi|nuestra|nuestro) (?:\w+ )?(?:guia|ebook|e-book|curso|webinar|oferta|tienda|producto|app|plantilla)",
        r"(?:pasar(?:les|le)?|reenviar(?:les|le)?|compartir|mandar(?:les|le)?)(?: el| la| este| esta| mi)? (?:enlace|link|post|noticia|invitacion|afiche|evento|video|pagina) (?:a|con) (?:tus|sus|vuestros) (?:\w+ )?(?:amigos|amigas|colegas|contactos|seguidores|conocidos)",
        r"a todos mis (?:\w+ )?(?:amigos|contactos|colegas)|todo lo que puedan|corran la voz",
        r"(?:correo|mensaje|mail|email|e-mail) (?:masivo|colectivo|grupal|de grupo|a todos|multiple)|en (?:cco|copia oculta)|amigos y (?:familia|familiares|colegas)",
    ),
    self_serving=(
        r"(?:mando|envio|paso|adjunto|mandarte|enviarte|compartir|comparto)(?: (?:con gusto|encantad[oa]))? (?:mi |el |la |nuestro |nuestra )?(?:cv|curriculum|plan de negocio|deck|portafolio|actualizacion para inversores|newsletter)",
    ),
    silence=(
        r"(?:el |tu |su |este |tanto |todo este )?silencio|desaparecid[oa]|desapareciste|desaparecio|desapareces|esfumad[oa]|te esfumaste|te evaporaste|(?:estas|andas) (?:perdid[oa]|desaparecid[oa])",
        r"(?:ni|ninguna|cero|sin) (?:respuesta|noticia|noticias|senal|senales|reaccion|contestacion)|ni (?:una|un|media) (?:palabra|linea|mensaje)|ni pio",
        r"no (?:he|hemos) (?:vuelto a )?(?:sabido|tenido|recibido|oido) (?:nada|noticias|respuesta)|(?:nunca|todavia no|aun no) (?:supe|se) nada",
        r"sin (?:contestar|responder|respuesta|leer)|(?:en |el )?visto|doble check|palomitas azules|tildes azules|check azul",
        r"ignorad[oa]|ignoras|ignorarme|ignorando",
        r"(?:esperando|espero|sigo esperando|a la espera de) (?:todavia |aun )?(?:tu |una |alguna |su )?(?:respuesta|noticias|contestacion)",
        r"(?:al |en el )?vacio|(?:una|a una|contra la) pared|(?:un|a un) muro",
        r"(?:mis) (?:mensajes|correos|mails|llamadas) (?:caen|van|se pierden|terminan|quedan) (?:en el vacio|a la nada|en la nada|sin respuesta)",
        r"no (?:logro|consigo|he logrado|he conseguido|hay forma de) (?:localizarte|contactarte|hablar contigo|ubicarte)",
    ),
    sting=(
        r"(?:me )?(?:dolio|duele)|dolid[oa]|herid[oa]|decepcion(?:ad[oa])?|decepcionante|me decepciona|triste|tristeza|molest[oa]|ofendid[oa]|groser[oa]|maleducad[oa]|(?:que |una )?pena|(?:que )?lastima|me dejo mal|(?:me )?sento (?:mal|fatal)",
        r"supongo|imagino|asumo|(?:esta )?claro|obviamente|evidentemente|al parecer|por lo visto|ya veo|ya entendi|entendido|mensaje recibido|fuerte y claro|capto la indirecta|pillo la indirecta|ok(?:ay)? entonces|(?:esa|esta) es (?:tu|su|mi) respuesta|lo dice todo|dice mucho",
        r"(?:muy|demasiado|tan) (?:ocupad[oa]|important[e]|liad[oa])|cosas (?:mas importantes|mejores)|no (?:soy|es) (?:una )?prioridad|no (?:te|le|les) (?:importa|interesa)|no (?:valgo|cuento|importo)",
        r"amistad|pense que|crei que|esperaba (?:mas|algo mas|mejor|al menos)|despues de todo|despues de tantos anos|lo minimo|educacion|respeto|cortesia|sentido comun",
        r"te (?:ayude|recomende|presente|contrate|cubri|defendi|eche una mano|consegui)",
        r"otra vez|una vez mas|como siempre|como de costumbre|tipico|acostumbrad[oa]|gracias por nada|que suerte la tuya|seguro que (?:estas|tienes)|me rindo|ya me canse|nunca mas|leccion aprendida",
        r"(?:hice|dije|escribi) algo|(?:estas|esta) (?:enojad[oa]|enfadad[oa]|molest[oa]) conmigo|paso algo|que hice|sigues viv[oa]\s*\?|estas ahi\s*\?",
    ),
    own_silence=(
        r"mi (?:largo )?silencio|de mi parte|por mi parte|culpa mia|(?:fui|he sido|estuve|estaba) (?:un desastre|desaparecid[oa]|perdid[oa]|fatal|ausente)|desapareci|me perdi",
        r"nos (?:perdimos|alejamos|dejamos de hablar)|entre (?:nosotr[oa]s)|(?:anos|meses|largo|tanto) (?:de )?silencio|perdimos (?:el )?contacto",
        r"perdon (?:por|de|si)|perdona(?:me)?|disculpa(?:me)? (?:por|el|la)|disculpas|lo siento",
    ),
)
