import { latinPattern as re } from './latin-patterns.ts';
import type { ClausePack } from './types.ts';

/** A number, in figures or in words. */
const COUNT = String.raw`(?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|diez|doce|quince|treinta|sesenta|noventa)`;
/** A state by default, in either order: "privadas por defecto", "por defecto, tus rutas son privadas". */
const byDefault = (state: string) => String.raw`\bpor defecto\b_\b${state}\b|\b${state} por defecto\b`;
const NOT = String.raw`(?:\bno\b|\bnunca\b|\bjam[aá]s\b|\bning[uú]n\w*)`;
/** The reader's own choice of cookies: "puedes rechazarlas", "puede configurar su navegador". */
const READER_CHOOSES = String.raw`\b(?:puedes|puede|podr[aá]s|podr[aá])\b_\b(?:aceptar|rechaz|configur|gestion|bloque|elimin|desactiv|retir)\w*`;
/** Not kept: "no almacenamos", "nunca guardamos". */
const NOT_KEPT = String.raw`${NOT}\s+(?:\S+\s+){0,2}?(?:almacen|conserv|guard)\w*`;
/**
 * The provider's power to act: "nos reservamos el derecho de", "podemos", "la empresa podrá". A bare "puede" is
 * also the reader's "(usted) puede", so it counts only after a name for the provider.
 */
const MAY = String.raw`\b(?:reserv\w*|podemos|podremos|podr[ií]amos|(?:la empresa|la compa[nñ][ií]a|el (?:proveedor|prestador|titular)) (?:puede|podr[aá]|podr[ií]a|tiene derecho|tendr[aá] derecho))\b`;
/** The version of the terms in force on the day of the order applies. */
const VERSION_AT_ORDER = String.raw`\bcondiciones\b_\b(?:vigentes?|en vigor) en (?:la fecha|el momento) (?:del|de (?:realizar|hacer|formalizar) (?:el|su|tu)) pedido\b`;
/** The consumer's right to withdraw from a purchase. */
const WITHDRAWAL = String.raw`(?:\bderecho de desistimiento\b|\bdesistir del contrato\b)`;
/** Money paid back, promised. */
const MONEY_BACK = String.raw`\b(?:le|te|les) (?:devolveremos|reembolsaremos)\b|\breembolso (?:[ií]ntegro|completo|total)\b`;
/** Returns refused. */
const NO_RETURNS = String.raw`\bno se (?:admiten|aceptan) devoluciones\b|\bsin (?:derecho a )?devoluci[oó]n\b`;
const CONTENT = String.raw`\b(?:contenidos?|publicaciones?|mensajes?|comentarios?|rese[nñ]as?|fotos?|fotograf[ií]as?|v[ií]deos?|archivos?|anuncios?)\b`;
/** Content that breaks the rules or the law: "infringe", "viola", "ilícito". */
const A_VIOLATION = String.raw`\b(?:infrin|viol|il[ií]cit|ilegal)\w*`;
/** Processing bound to another's instructions: "solo pueden tratarlos siguiendo nuestras instrucciones". */
const ON_INSTRUCTIONS = String.raw`\b(?:solo|solamente|únicamente|exclusivamente)\b_\b(?:siguiendo|seg[uú]n|conforme a|de acuerdo con) (?:nuestras|sus|las) (?:\w+ )?instrucciones\b`;

/** The most important clause categories in Spanish (no trained filter yet). */
export const esClauses: ClausePack = {
  code: 'es',
  // "Si no se opone, …": the negation is the reader's (not "si no desea …", a choice offered).
  negatedCondition: re(String.raw`^\W*(?:si|cuando)\b(?=[^,;:.!?]*\bno\b)(?![^,;:.!?]*\b(?:desea|deseas|desean|quiere|quieres|quieren|prefiere|prefieres|acepta|aceptas|consiente|elige|autoriza)\b)[^,;:.!?]{1,150}?,\s*`),
  // "Esta política describe cómo tratamos sus datos": a document announcing what it covers.
  overview: re(String.raw`\b(?:esta|la presente|nuestra) (?:pol[ií]tica|declaraci[oó]n|aviso)\b[^.]{0,40}\b(?:describe|explica|detalla|informa)\b`),
  conductList: re(String.raw`(?:(?<!\b(?:si|cuando|aunque) )\b(?:usted |el usuario |los usuarios )?no (?:puede|podrá|pueden|podrán|debe|deberá|deben|puedes|debes|está permitido|se permite)\b|\b(?:queda|quedan|está|están) (?:expresamente )?prohibid[oa]s?\b|\bse prohíbe\b|\bprohibid[oa]s?\b)[^.!?]*:\s*$`),
  clauses: {
    arbitration: {
      cues: [re(String.raw`\barbitra(?:je|l|les)\b|\b[aá]rbitros?\b|\bdemandas? colectivas?\b|\bacci[oó]n(?:es)? colectivas?\b`)],
      severity: [],
      fallback: 'bad',
    },
    'unilateral-change': {
      cues: [
        // The terms as the subject: "Estas condiciones pueden modificarse sin previo aviso".
        re(String.raw`\b(?:condiciones|t[eé]rminos|pol[ií]tica|contrato|presentes)\b_\b(?:pueden|puede|podr[aá]n?)\s+(?:ser )?(?:modificad|actualizad|cambiad|revisad|modificar|actualizar|cambiar)\w*`),
        re(String.raw`${MAY}_\b(?:modificar|actualizar|cambiar|revisar|enmendar)\b|\b(?:puede|podr[aá]|podr[ií]a)\b (?:\w+ ){0,3}?(?:modificar|actualizar|cambiar|revisar) (?:estas|estos|las presentes|los presentes|la presente|el presente) (?:condiciones|t[eé]rminos|pol[ií]tica|contrato)\b`),
        // The version in force on the day of the order applies: "las condiciones aplicables serán las vigentes en la
        // fecha del pedido".
        re(String.raw`${VERSION_AT_ORDER}`),
        re(String.raw`\bmodificaci[oó]n(?:es)? (?:de|en) (?:estos|estas|los presentes|las presentes|esta|nuestra|nuestros|la|los|las) (?:t[eé]rminos|condiciones|pol[ií]tica)\b`),
        // Changes announced to the reader: "le notificaremos los cambios importantes".
        re(String.raw`\b(?:notificar|avisar|informar|comunicar)\w*\b_\b(?:cambios?|modificaci[oó]n(?:es)?)\b|\b(?:cambios?|modificaci[oó]n(?:es)?)\b_\b(?:entrada en vigor|(?:notific|avis|inform|comunic)\w*)\b`),
        // In force once published: "Los cambios entran en vigor desde su publicación".
        re(String.raw`\b(?:cambios?|modificaci[oó]n(?:es)?)\b_\b(?:entra\w*|entrar\w*) en vigor\b|\b(?:cambios?|modificaci[oó]n(?:es)?)\b_\b(?:surt\w*|tendr\w*) efecto\b`),
      ],
      severity: [
        [re(String.raw`${VERSION_AT_ORDER}|\b(?:\d+|quince|treinta|sesenta) (?:\(\d+\) )?d[ií]as\b_\b(?:antes|antelaci[oó]n|preaviso)|\b(?:preaviso|antelaci[oó]n) (?:de|m[ií]nima de) (?:\d+|quince|treinta)\b`), 'good'],
        [re(String.raw`\ben cualquier momento\b|\bsin (?:previo aviso|aviso|notificaci[oó]n|su consentimiento)\b|\bunilateral\w*|\b(?:desde|tras|con|a partir de) (?:su|la) publicaci[oó]n\b`), 'bad'],
      ],
      fallback: 'neutral',
    },
    'unilateral-termination': {
      cues: [re(String.raw`${MAY}_\b(?:suspender|cancelar|rescindir|resolver|eliminar|cerrar|desactivar|bloquear|restringir|interrumpir|dar por terminad\w*)\b_\b(?:cuenta|acceso|servicios?|contrato|suscripci[oó]n|uso)\b|\b(?:si|cuando|en caso de que) (?:cerramos|cerremos|cancelamos|cancelemos|suspendemos|suspendamos|eliminamos|eliminemos|desactivamos|desactivemos)\b (?:\w+ ){0,2}(?:cuenta|acceso|suscripci[oó]n)\b`)],
      severity: [
        // Money back for what is left, or time to take one's data out.
        [re(String.raw`\breembols\w*\b_\b(?:parte )?(?:no (?:utilizad|usad|consumid)\w*|restante|proporcional)|\b(?:plazo|tiempo)\b_\b(?:descargar|exportar|recuperar)\b|\b(?:descargar|exportar|recuperar)\b_\b(?:copia|contenidos?|datos)\b`), 'good'],
        [re(String.raw`\ben cualquier momento\b|\bsin (?:previo aviso|aviso|notificaci[oó]n|motivo|causa|justificaci[oó]n|indemnizaci[oó]n)|\bpor cualquier (?:motivo|raz[oó]n)\b|\ba (?:nuestra|su) (?:entera |sola |exclusiva )?discreci[oó]n\b`), 'bad'],
      ],
      fallback: 'neutral',
    },
    'content-removal': {
      cues: [
        re(String.raw`${MAY}_\b(?:eliminar|retirar|borrar|moderar|rechazar|ocultar|bloquear|modificar|editar)\b_${CONTENT}`),
        re(String.raw`${CONTENT}_\b(?:pueden?|podr[aá]n?) ser (?:eliminad|retirad|borrad|moderad|ocultad|bloquead|rechazad)\w*|\bsi (?:retiramos|eliminamos|borramos|bloqueamos|ocultamos)\b`),
      ],
      // Without a reason given is worst; without notice, for content that breaks the rules, is bad (as in English).
      severity: [
        [re(String.raw`\bsin (?:motivo|causa|justificaci[oó]n)|\ba (?:nuestra|su) (?:entera |sola |exclusiva )?discreci[oó]n\b|\bpor cualquier (?:motivo|raz[oó]n)\b|\bsin (?:previo aviso|aviso)\b(?![^]*${A_VIOLATION})(?<!${A_VIOLATION}[^]*)`), 'blocker'],
        // The reason told, and a way to contest the decision: the reader is treated fairly.
        [re(String.raw`\b(?:te|le) (?:explicaremos|informaremos|indicaremos|comunicaremos) (?:el|los) motivos?\b|\b(?:podr[aá]s|puedes|puede|podr[aá]) (?:recurrir|apelar|impugnar)\b`), 'good'],
        [re(String.raw`\ben cualquier momento\b|\bsin (?:previo aviso|aviso)\b`), 'bad'],
      ],
      fallback: 'neutral',
    },
    'liability-limitation': {
      cues: [
        re(String.raw`${NOT}_\b(?:(?:ser[aá]n?|somos|seremos|es|son) responsables?|asume\w* (?:ninguna )?responsabilidad|responde\w*)\b|\b(?:excluye|excluimos|limita|limitamos|declina\w*)\b_\bresponsabilidad|\bresponsabilidad\b_\b(?:limitada|excluida|se limita|queda limitada|no (?:exceder|superar)[aá])`),
        re(String.raw`\btal cual\b|\btal (?:y )?como (?:est[aá]|se (?:presenta|ofrece))\b|\bsin garant[ií]as?\b|\bninguna garant[ií]a\b|\bno garantiza\w*\b`),
        // The risk left with the reader: "bajo su propia responsabilidad y riesgo", "por su cuenta y riesgo".
        re(String.raw`\bbajo (?:su|tu) (?:propia |exclusiva |única )?(?:responsabilidad|riesgo)\b(?! (?:que|de)\b)|\bpor (?:su|tu) (?:propia )?cuenta y riesgo\b|\ba (?:su|tu) (?:propio )?riesgo\b`),
      ],
      severity: [[re(String.raw`\bculpa grave\b|\bdolo\b|\bnegligencia grave\b|\bda[nñ]os personales\b|\bno (?:excluye|limita)\w*\b`), 'neutral']],
      fallback: 'bad',
    },
    jurisdiction: {
      cues: [re(String.raw`\b(?:juzgados|tribunales) (?:competentes|de|del)\b|\bsometer\w*\b_\b(?:juzgados|tribunales)\b|\bsometen? (?:expresamente )?a (?:la jurisdicci[oó]n|los (?:juzgados|tribunales))\b|\bjurisdicci[oó]n (?:exclusiva|competente)\b|\bfuero\b`)],
      severity: [[re(String.raw`\b(?:su|tu|del) (?:lugar de )?(?:domicilio|residencia)\b|\bdomicilio del (?:usuario|consumidor)\b|\bsin perjuicio de (?:las|lo dispuesto en las) (?:normas|disposiciones) (?:imperativas|de protecci[oó]n de (?:los )?consumidores)\b`), 'good']],
      fallback: 'bad',
    },
    'choice-of-law': {
      cues: [re(String.raw`\b(?:regid[oa]s?|rigen?|regir[aá]n?|sujet[oa]s?|sometid[oa]s?|interpretad[oa]s?)\b_\b(?:legislaci[oó]n|leyes?|derecho|normativa) (?:\w+(?:an[oa]s?|[eé]s|es[ao]s?|ol(?:a|es|as)?|en[oa]s?|in[oa]s?|iz[oa]s?)\b|de (?:espa[nñ]a|m[eé]xico|irlanda|los estados unidos|california|delaware|per[uú]|chile|colombia|argentina|francia|alemania|suiza|portugal|italia|inglaterra)|del estado)|\b(?:legislaci[oó]n|ley) aplicable\b`)],
      severity: [],
      fallback: 'neutral',
    },
    'contract-by-using': {
      cues: [re(String.raw`\b(?:al (?:utilizar|usar|acceder|navegar|registrarse|registrarte|crear una cuenta|(?:realizar|hacer|confirmar|enviar|tramitar) (?:un |el |su |tu )?pedido)|el (?:uso|acceso) (?:del|de este|al|a este) (?:sitio|servicio)s?)\b_\b(?:acepta\w*|aceptaci[oó]n|consiente\w*|reconoce\w*)`)],
      severity: [],
      fallback: 'bad',
    },
    'content-license': {
      cues: [re(String.raw`\b(?:otorga|otorgas|concede|concedes|cede|cedes|conceder|otorgar)\b_\b(?:licencia|derechos?)\b|\b(?:conserva|conservas|mantiene|mantienes|sigue siendo|sigues siendo)\b (?:\w+ ){0,2}(?:propiedad|titularidad|propietari[oa]|titular)\b|\bnos autoriza[s]? a (?:usar|utilizar|reproducir|mostrar|publicar|difundir)\w*`)],
      severity: [
        [re(String.raw`\birrevocable\w*|\bperpetu\w*|\bsublicenci\w*|\bcualquier (?:fin|finalidad|prop[oó]sito)\b|\bcomercial\w*|\bentrenar\w*|\bfines (?:promocionales|publicitarios|de marketing)\b|\bcampañas? (?:de )?(?:marketing|publicidad|publicitarias?)\b`), 'bad'],
        [re(String.raw`\b(?:usted )?(?:conservas?|mantienes?|sigues? siendo (?:el |la )?(?:propietari[oa]|titular))\b`), 'good'],
      ],
      fallback: 'neutral',
    },
    'ai-training': {
      cues: [re(String.raw`\b(?:entrena\w*|mejora\w*|desarroll\w*)\b_\b(?:modelos?|IA|inteligencia artificial|aprendizaje autom[aá]tico)\b|\b(?:modelos?|IA|inteligencia artificial)\b_\bentrena\w*`)],
      severity: [
        [re(String.raw`${NOT}_\b(?:utiliza|usa|entrena|emplea)\w*`), 'good'],
        [re(String.raw`\bdesactiv\w*|\boponerse\b|\boposici[oó]n\b|\bconfiguraci[oó]n\b|\bajustes\b`), 'bad'],
        [re(String.raw`\bconsentimiento (?:expreso|expl[ií]cito|previo)\b|\bsi (?:usted )?(?:lo )?(?:acepta|activa|elige)\b`), 'good'],
      ],
      fallback: 'bad',
    },
    'zero-data-retention': {
      cues: [re(String.raw`\bretenci[oó]n cero\b|\bzero data retention\b|\bZDR\b|${NOT}_\b(?:almacenamos|conservamos|guardamos|registramos)\b_\b(?:solicitudes|prompts?|contenidos?|conversaciones|historial(?:es)?|consultas)\b`)],
      unless: re(String.raw`\bm[aá]s (?:tiempo|all[aá]) (?:de|del)\b|\bm[aá]s de\b`),
      severity: [],
      fallback: 'good',
    },
    'data-retention': {
      cues: [
        re(String.raw`\b(?:conserv\w*|almacen\w*|guard\w*|archiv\w*)\b_\b(?:durante|plazo|hasta|mientras|tanto tiempo|${COUNT} (?:d[ií]as|meses|a[nñ]os)|indefinidamente)\b`),
        re(String.raw`\bplazo de conservaci[oó]n\b|\bper[ií]odo de (?:conservaci[oó]n|retenci[oó]n)\b|\b(?:suprim|elimin|borr)\w*\b_\b(?:en un plazo|transcurrid|despu[eé]s de|a los ${COUNT} (?:d[ií]as|meses|a[nñ]os))\w*`),
        // Payment details not kept: "no almacenamos los datos de tu tarjeta".
        re(String.raw`${NOT_KEPT}\b_\b(?:datos (?:de (?:tu|su|la) )?(?:tarjeta|bancarios|de pago)|n[uú]mero de (?:tu |su |la )?tarjeta)\b`),
      ],
      severity: [
        [re(String.raw`\bindefinidamente\b|\bsin l[ií]mite de tiempo\b|\bincluso despu[eé]s\b_\b(?:eliminaci[oó]n|cancelaci[oó]n|cierre|baja)\b`), 'bad'],
        // Kept for a period once the account is closed: a stated period, but not a deletion.
        [re(String.raw`\b(?:conserv|guard|archiv)\w*\b_\b(?:despu[eé]s de|tras|a partir de)\b (?:la |el )?(?:cierre|cancelaci[oó]n|baja|eliminaci[oó]n|supresi[oó]n)\b`), 'neutral'],
        [re(String.raw`\b${COUNT} (?:d[ií]as|meses|a[nñ]os)\b|\bestrictamente necesario\b|${NOT_KEPT}`), 'good'],
      ],
      fallback: 'neutral',
    },
    'third-party-sharing': {
      cues: [re(String.raw`\b(?:compartir|compartimos|compartid[oa]s?)\b (?:[\w-]+ ){0,2}?(?:tu|tus|su|sus|los|las|estos|estas|ciertos|ciertas|cierta) (?:[\w-]+ )?(?:informaci[oó]n|datos)\b|\b(?:compart\w*|comunic\w*|transmit\w*|ced\w*|cesi[oó]n|divulg\w*|transfer\w*|facilit\w*|proporcion\w*|envi\w*|remit\w*)\b_\b(?:terceros|socios|proveedores|encargados|filiales|anunciantes|autoridades|empresas|entidades|transportistas|prestadores|restaurantes?|repartidor\w*|vendedor\w*|comercios?|anfitri[oó]n\w*|conductor\w*|aerol[ií]neas?|hoteles?|aseguradoras?|bancos?|agencias?|operadores?|organizadores?)\b|\bdestinatarios?\b|\bproveedores?\b_\b(?:que )?(?:tratan|procesan|alojan|almacenan|gestionan)\b_\b(?:por (?:nuestra )?cuenta|en nuestro nombre)\b|\b(?:gestiona|gestionado|tramita|tramitado|procesa|procesado)\w*\b (?:directamente )?(?:por )?(?:nuestr[oa]s?|un|una|el|la) (?:pasarela|proveedor|prestador|encargado)\w*\b|\b(?:aloj|almacen)\w* (?:en )?(?:los )?servidores de (?:un|una|nuestr[oa]s?) (?:\w+ ){0,2}?(?:proveedor|prestador|encargado)\w*|${ON_INSTRUCTIONS}`),
        // What becomes public: "visibles para todos los usuarios"; private by default.
        re(String.raw`\bvisibles? (?:para|a|por) (?:todos|todo el mundo|cualquiera|los dem[aá]s|otros)\b|${byDefault(String.raw`(?:privad|p[uú]blic)[oa]s?`)}`)],
      severity: [
        [re(String.raw`${ON_INSTRUCTIONS}|${NOT}_\b(?:compart|comunic|ced|divulg|vend)\w*|${byDefault(String.raw`privad[oa]s?`)}`), 'good'],
        [re(String.raw`\bpublicidad\b|\bpublicitari\w*|\bmarketing\b|\bfusi[oó]n\b|\badquisici[oó]n\b`), 'bad'],
      ],
      fallback: 'neutral',
    },
    'data-sale': {
      cues: [re(String.raw`\b(?:vend\w*|venta|alquil\w*|monetiz\w*)\b_\b(?:datos|informaci[oó]n)\b|\b(?:datos|informaci[oó]n)\b_\b(?:vend\w*|venta|alquil\w*)`)],
      unless: re(String.raw`\bcondiciones (?:generales )?de venta\b|\bventa de (?:productos|bienes|entradas)\b`),
      severity: [[re(String.raw`${NOT}_\b(?:vend|alquil|monetiz)\w*`), 'good']],
      fallback: 'bad',
    },
    'user-rights': {
      cues: [re(String.raw`\b(?:puede|puedes|podr[aá]s?) (?:\w+ )?(?:desactivar\b|(?:eliminar|borrar|cerrar|suprimir|descargar|exportar) (?:su|tu) (?:cuenta|perfil|historial|datos|informaci[oó]n)\b)|\bderechos? (?:de|a la) (?:acceso|rectificaci[oó]n|supresi[oó]n|cancelaci[oó]n|oposici[oó]n|portabilidad|limitaci[oó]n)|\bpresentar una reclamaci[oó]n\b|\bderechos ARCO\b|\bretirar (?:su|tu) consentimiento\b|\bAgencia Espa[nñ]ola de Protecci[oó]n de Datos\b|\b(?:puede|puedes|podr[aá]|podr[aá]s|tiene derecho a|tienes derecho a) (?:solicitar|pedir|obtener) (?:el acceso|la rectificaci[oó]n|la supresi[oó]n|la eliminaci[oó]n|la portabilidad|una copia)\b|\b(?:puede|puedes) (?:acceder a|rectificar|corregir|suprimir|eliminar|borrar|descargar) (?:sus|tus) datos\b|\b(?:puede|puedes) oponerse\b|\b(?:tiene|tienes|tendr[aá]s?) (?:el |un )?derecho a (?:acceder|rectificar|corregir|suprimir|eliminar|borrar|oponerse|oponerte|solicitar|retirar|(?:recibir|obtener) (?:una copia|sus datos|tus datos|informaci[oó]n sobre)|la portabilidad|la limitaci[oó]n|la supresi[oó]n)\b|\b(?:ejercer|ejercitar) (?:sus|tus|los|estos|dichos|cualquiera de (?:sus|tus|los|estos)) derechos\b|\bdarte de baja\b|\bdarse de baja\b|\bdarle de baja\b|\bcancelar (?:tu|su) suscripci[oó]n al bolet[ií]n\b`)],
      // A claim before the courts is where disputes are heard, not a right over one's data.
      unless: re(String.raw`\breclamaci[oó]n (?:judicial |\w+ )?ante (?:los |el |un )?(?:tribunales|juzgados?|juez)\b`),
      severity: [],
      fallback: 'good',
    },
    'auto-renewal': {
      cues: [re(String.raw`\b(?:renuev|renov)\w*\b_\bautom[aá]tica\w*|\bautom[aá]tica\w*\b_\b(?:renuev|renov)\w*|\bno (?:\w+ ){0,4}reembolsable\w*|\bno (?:\w+ ){0,2}(?:canjear|canjearse|cambiar|cambiarse|convertir|convertirse)\w* (?:por|en) (?:dinero|efectivo)\b|\bsin (?:derecho a )?reembolso\b|\b(?:no|ning[uú]n)\b (?:\w+ ){0,2}reembolsos?\b|${WITHDRAWAL}|${MONEY_BACK}|${NO_RETURNS}`)],
      severity: [
        // The consumer's right of withdrawal and money paid back, unless the right is taken away.
        [re(String.raw`${NO_RETURNS}|\b(?:no (?:se aplica|ser[aá] aplicable|podr[aá] ejercerse)|excluid\w*)\b_${WITHDRAWAL}|${WITHDRAWAL}_\b(?:no se aplica|no (?:ser[aá]|es) aplicable|no podr[aá]|excluid\w*)\b`), 'bad'],
        [re(String.raw`${WITHDRAWAL}|${MONEY_BACK}`), 'good'],
        [re(String.raw`\bcancelar\b_\ben cualquier momento\b|\ben cualquier momento\b_\bcancelar\b`), 'neutral'],
      ],
      fallback: 'bad',
    },
    'law-enforcement': {
      cues: [re(String.raw`\b(?:comunic|facilit|proporcion|ced)\w*\b_\b(?:fuerzas y cuerpos de seguridad|polic[ií]a|autoridades (?:judiciales|policiales|competentes|p[uú]blicas))\b|\b(?:requerimiento|orden) (?:judicial|de un juez|de las autoridades)\b`)],
      severity: [],
      fallback: 'neutral',
    },
    'international-transfer': {
      cues: [re(String.raw`\btransferencias? internacional\w*|\bfuera del (?:EEE|Espacio Econ[oó]mico Europeo)\b|\bfuera de la (?:UE|Uni[oó]n Europea)\b|\bestados unidos\b|\bpa[ií]ses terceros\b|\bcl[aá]usulas contractuales tipo\b|\bdecisi[oó]n de adecuaci[oó]n\b`)],
      severity: [],
      fallback: 'neutral',
    },
    'human-review': {
      cues: [re(String.raw`\brevisi[oó]n humana\b|\b(?:revisad|escuchad|le[ií]d|anotad)[oa]s? por (?:personas|humanos|empleados|revisores|nuestro personal)\b`)],
      severity: [[re(String.raw`${NOT}_\b(?:revisad|escuchad|le[ií]d|anotad)[oa]s?\b`), 'good']],
      fallback: 'bad',
    },
    indemnification: {
      cues: [re(String.raw`\bindemniz\w*|\bmantener indemne\b|\bmantenernos indemnes\b`)],
      unless: re(String.raw`\b(?:le|te) indemnizaremos\b`),
      severity: [],
      fallback: 'bad',
    },
    'automated-decisions': {
      cues: [re(String.raw`\bdecisi(?:ón|ones) (?:individuales? )?(?:basadas? )?(?:únicamente |exclusivamente )?(?:en (?:el )?tratamiento )?automatizad[oa]s?\b|\btoma de decisiones automatizadas?\b|\bintervenci[óo]n humana\b`)],
      severity: [[re(String.raw`${NOT}_\bautomatizad\w*|\bintervenci[óo]n humana\b|\bderecho a no ser objeto\b`), 'good']],
      fallback: 'neutral',
    },
    'sensitive-data': {
      cues: [re(String.raw`\bdatos (?:sensibles|de salud|relativos a la salud|biom[eé]tricos|gen[eé]ticos)\b|\bcategor[ií]as especiales de datos\b|\borientaci[oó]n sexual\b|\bopiniones pol[ií]ticas\b|\bcreencias religiosas\b`)],
      severity: [[re(String.raw`${NOT}_\b(?:recog|recopil|trat|utiliz|us)\w*`), 'good']],
      fallback: 'neutral',
    },
    'data-collection': {
      cues: [re(String.raw`\b(?:informaci[oó]n|datos) que (?:tú |usted )?nos (?:proporcionas|proporciona|facilitas|facilita|das|da|env[ií]as|env[ií]a)\b|\b(?:recopilamos|recogemos|tratamos|obtenemos|registramos|guardamos|almacenamos)\b(?! (?:\w+ ){0,3}?(?:durante|hasta|mientras)\b)|\b(?:la app|la aplicaci[oó]n|el reloj|el dispositivo|el sitio web)\b (?:\w+ )?(?:registra|mide|recopila|recoge|guarda|almacena)\b|\bdatos (?:que (?:recopilamos|recogemos|tratamos)|recopilados|recogidos)\b|\b(?:datos|informaci[oó]n)\b (?:personales )?(?:se utiliza|se utilizan|se usan|se tratan|ser[aá]n? (?:utilizad|tratad)[oa]s?)\b`)],
      severity: [
        // Not collected, or only with the reader's permission: "solo si nos das permiso".
        [re(String.raw`${NOT}\s+(?:\S+\s+){0,2}?(?:recopil|recog|trat|obten|registr)\w*|\bsolo\b_\b(?:si|con|cuando)\b_\b(?:permiso|consentimiento|autoriz\w*|acept\w*|activ\w*)`), 'good'],
        // Data used to profile the reader or gathered from others.
        [re(String.raw`\bperfil(?:es|ado)\b|\bpublicidad (?:personalizada|dirigida|comportamental)\b|\bde (?:terceros|otras fuentes|fuentes p[uú]blicas)\b`), 'bad'],
      ],
      fallback: 'neutral',
    },
    tracking: {
      cues: [re(String.raw`\bcookies?\b|\bp[ií]xeles?\b|\bbalizas? web\b|\banal[ií]tica web\b|\bgoogle analytics\b|\bpublicidad (?:personalizada|comportamental|dirigida)\b`)],
      severity: [
        [re(String.raw`\b(?:estrictamente )?(?:necesarias|t[eé]cnicas)\b|\bcon (?:tu|su) (?:consentimiento|autorizaci[oó]n)\b|\bsi (?:lo )?(?:aceptas|acepta|consientes|consiente)\b|${NOT}\s+(?:\S+\s+){0,2}?(?:utiliz|us|instal|emple)\w*\s+(?:ning[uú]n\w* )?(?:cookies?|p[ií]xeles?|balizas?)\b|${READER_CHOOSES}`), 'good'],
        [re(String.raw`\bpublicitari\w*|\bpublicidad\b|\bsocios\b|\bterceros\b|\bperfiles\b`), 'bad'],
      ],
      fallback: 'neutral',
    },
    children: {
      cues: [re(String.raw`\bni[nñ]os?\b|\bmenores\b|\bmenos de (?:13|14|16|18) a[nñ]os\b|\bedad m[ií]nima\b|\b(?:al menos|como m[ií]nimo|m[aá]s de|mayor(?:es)? de) (?:13|14|16|18) a[nñ]os\b`)],
      severity: [],
      fallback: 'neutral',
    },
    security: {
      // "cifra" alone is a figure or a sum: only the verb and its participles say encrypted.
      cues: [re(String.raw`\bcifrad[oa]s?\b|\bcifra(?:r|mos)\b|\bencript\w*|\bmedidas (?:t[eé]cnicas|organizativas|de seguridad)\b|\bseguridad de (?:los|sus|tus) datos\b`)],
      severity: [
        [re(String.raw`\bno (?:\w+ ){0,3}?(?:cifrad|encriptad)\w*|\bsin (?:cifrar|encriptar)\b`), 'bad'],
        [re(String.raw`\bno (?:podemos |puede )?garantizar\b`), 'neutral'],
        [re(String.raw`\b(?:cifra|encript)\w*|\bmedidas\b`), 'good'],
      ],
      fallback: 'neutral',
    },
  },
};
