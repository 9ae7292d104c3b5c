"""Reply templates, per kind and language (en, es, fr, de, it). Plain data: adding a language is adding
a column, not code. Placeholders are `str.format` fields."""

from __future__ import annotations

TEMPLATES: dict[str, dict[str, str]] = {
    "confirmation": {
        "en": "Thanks! Your order is confirmed: {lines}. Total {total} {currency}.",
        "es": "¡Gracias! Su pedido está confirmado: {lines}. Total {total} {currency}.",
        "fr": "Merci ! Votre commande est confirmée : {lines}. Total {total} {currency}.",
        "de": "Danke! Ihre Bestellung ist bestätigt: {lines}. Gesamt {total} {currency}.",
        "it": "Grazie! Il suo ordine è confermato: {lines}. Totale {total} {currency}.",
    },
    "holding": {
        "en": "Thanks, we have received your order and will confirm it shortly.",
        "es": "Gracias, hemos recibido su pedido y se lo confirmaremos en breve.",
        "fr": "Merci, nous avons bien reçu votre commande et vous la confirmerons sous peu.",
        "de": "Danke, wir haben Ihre Bestellung erhalten und bestätigen sie in Kürze.",
        "it": "Grazie, abbiamo ricevuto il suo ordine e glielo confermeremo a breve.",
    },
    "ask_unmatched": {
        "en": "Sorry, which product do you mean by '{phrase}'?",
        "es": "Disculpe, ¿a qué producto se refiere con '{phrase}'?",
        "fr": "Désolé, quel produit voulez-vous dire par « {phrase} » ?",
        "de": "Entschuldigung, welches Produkt meinen Sie mit „{phrase}“?",
        "it": "Scusi, quale prodotto intende con '{phrase}'?",
    },
    "ask_choice": {
        "en": "Just to check: for '{phrase}', do you mean {a} or {b}?",
        "es": "Para confirmar: con '{phrase}', ¿se refiere a {a} o a {b}?",
        "fr": "Pour être sûr : pour « {phrase} », voulez-vous dire {a} ou {b} ?",
        "de": "Zur Sicherheit: Meinen Sie mit „{phrase}“ {a} oder {b}?",
        "it": "Per conferma: con '{phrase}' intende {a} o {b}?",
    },
    "ask_confirm": {
        "en": "Just to check: by '{phrase}' do you mean {a}?",
        "es": "Para confirmar: con '{phrase}', ¿se refiere a {a}?",
        "fr": "Pour être sûr : par « {phrase} », voulez-vous dire {a} ?",
        "de": "Zur Sicherheit: Meinen Sie mit „{phrase}“ {a}?",
        "it": "Per conferma: con '{phrase}' intende {a}?",
    },
    "ask_quantity": {
        "en": "How many of {a} would you like?",
        "es": "¿Cuántas unidades de {a} desea?",
        "fr": "Combien de {a} souhaitez-vous ?",
        "de": "Wie viele {a} möchten Sie?",
        "it": "Quanti {a} desidera?",
    },
    "ask_unread": {
        "en": "Sorry, we did not understand '{phrase}': could you write the product and the quantity?",
        "es": "Disculpe, no entendimos '{phrase}': ¿podría indicar el producto y la cantidad?",
        "fr": "Désolé, nous n'avons pas compris « {phrase} » : pouvez-vous préciser le produit et la quantité ?",
        "de": "Entschuldigung, wir haben „{phrase}“ nicht verstanden: Können Sie Produkt und Menge angeben?",
        "it": "Scusi, non abbiamo capito '{phrase}': può indicare il prodotto e la quantità?",
    },
    "ask_media": {
        "en": "Thanks for the photo! Could you type the products and quantities so we can confirm your order?",
        "es": "¡Gracias por la foto! ¿Podría escribir los productos y las cantidades para confirmar su pedido?",
        "fr": "Merci pour la photo ! Pouvez-vous écrire les produits et les quantités pour que nous confirmions ?",
        "de": "Danke für das Foto! Können Sie Produkte und Mengen eintippen, damit wir bestätigen können?",
        "it": "Grazie per la foto! Può scrivere i prodotti e le quantità così confermiamo l'ordine?",
    },
    "answer": {
        "en": "Yes, we have {options}.",
        "es": "Sí, tenemos {options}.",
        "fr": "Oui, nous avons {options}.",
        "de": "Ja, wir haben {options}.",
        "it": "Sì, abbiamo {options}.",
    },
    "option": {
        "en": "{name} at {price} {currency} per {unit}",
        "es": "{name} a {price} {currency} por {unit}",
        "fr": "{name} à {price} {currency} par {unit}",
        "de": "{name} für {price} {currency} pro {unit}",
        "it": "{name} a {price} {currency} per {unit}",
    },
    "and": {"en": " and ", "es": " y ", "fr": " et ", "de": " und ", "it": " e "},
    "pack": {
        "en": " ({pack})",
        "es": " ({pack})",
        "fr": " ({pack})",
        "de": " ({pack})",
        "it": " ({pack})",
    },
    "unknown_question": {
        "en": "Thanks for your question, we will get back to you shortly.",
        "es": "Gracias por su pregunta, le responderemos en breve.",
        "fr": "Merci pour votre question, nous vous répondrons sous peu.",
        "de": "Danke für Ihre Frage, wir melden uns in Kürze.",
        "it": "Grazie per la domanda, le risponderemo a breve.",
    },
    "apology_order": {
        "en": "We are very sorry about the problem with your order {ref} of {date}. We are looking into it now.",
        "es": "Sentimos mucho el problema con su pedido {ref} del {date}. Lo estamos revisando ahora.",
        "fr": "Nous sommes désolés du problème avec votre commande {ref} du {date}. Nous nous en occupons.",
        "de": "Es tut uns sehr leid wegen des Problems mit Ihrer Bestellung {ref} vom {date}. Wir prüfen es.",
        "it": "Ci scusiamo molto per il problema con il suo ordine {ref} del {date}. Stiamo verificando.",
    },
    "apology": {
        "en": "We are very sorry about the problem. We are looking into it now.",
        "es": "Sentimos mucho el problema. Lo estamos revisando ahora.",
        "fr": "Nous sommes désolés de ce problème. Nous nous en occupons.",
        "de": "Es tut uns sehr leid wegen des Problems. Wir prüfen es gerade.",
        "it": "Ci scusiamo molto per il problema. Stiamo verificando.",
    },
    "escalation": {
        "en": "I have passed this to our manager, who will contact you today.",
        "es": "Lo he pasado a nuestro responsable, que se pondrá en contacto con usted hoy.",
        "fr": "J'ai transmis à notre responsable, qui vous contactera aujourd'hui.",
        "de": "Ich habe das an unseren Leiter weitergegeben, der sich heute bei Ihnen meldet.",
        "it": "Ho inoltrato al nostro responsabile, che la contatterà oggi.",
    },
    "request_cancel": {
        "en": "We have received your request to cancel order {ref}; we will confirm shortly.",
        "es": "Hemos recibido su solicitud de cancelar el pedido {ref}; se lo confirmaremos en breve.",
        "fr": "Nous avons reçu votre demande d'annulation de la commande {ref} ; nous confirmons sous peu.",
        "de": "Wir haben Ihre Stornierung der Bestellung {ref} erhalten und bestätigen in Kürze.",
        "it": "Abbiamo ricevuto la richiesta di annullare l'ordine {ref}; confermeremo a breve.",
    },
    "request_change": {
        "en": "We have received your change to order {ref}; we will confirm the updated order shortly.",
        "es": "Hemos recibido su cambio en el pedido {ref}; le confirmaremos el pedido actualizado en breve.",
        "fr": "Nous avons reçu votre modification de la commande {ref} ; nous confirmons sous peu.",
        "de": "Wir haben Ihre Änderung der Bestellung {ref} erhalten und bestätigen sie in Kürze.",
        "it": "Abbiamo ricevuto la modifica all'ordine {ref}; confermeremo l'ordine aggiornato a breve.",
    },
    "request_no_order": {
        "en": "We could not find an open order: which order do you mean?",
        "es": "No encontramos ningún pedido abierto: ¿a qué pedido se refiere?",
        "fr": "Nous ne trouvons pas de commande en cours : de quelle commande s'agit-il ?",
        "de": "Wir finden keine offene Bestellung: Welche Bestellung meinen Sie?",
        "it": "Non troviamo un ordine aperto: a quale ordine si riferisce?",
    },
    "acknowledgement": {
        "en": "Thanks for your message!",
        "es": "¡Gracias por su mensaje!",
        "fr": "Merci pour votre message !",
        "de": "Danke für Ihre Nachricht!",
        "it": "Grazie per il messaggio!",
    },
}


def render(key: str, language: str, **fields: object) -> str:
    table = TEMPLATES[key]
    return table.get(language, table["en"]).format(**fields)
