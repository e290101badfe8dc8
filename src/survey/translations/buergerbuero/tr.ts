import type { SurveyTranslation } from '../../translate-survey.ts';

export const texts: SurveyTranslation = {
  surveyId: 'buergerbuero_zufriedenheit',
  title: 'Vatandaş Bürosu memnuniyet anketi',
  questions: {
    reason: {
      title: 'Bugün bize hangi işiniz için geldiniz?',
      options: {
        id_card: 'Kimlik kartı (Personalausweis)',
        passport: 'Pasaport (Reisepass)',
        address: 'İkamet kaydı veya adres değişikliği (Anmeldung / Ummeldung)',
        good_conduct: 'İyi hal belgesi, adli sicil kaydı (Führungszeugnis)',
        certification: 'Belge suretlerinin onaylanması (Beglaubigung)',
        other: 'Başka bir işlem',
      },
    },
    arrangement: {
      title: 'Ziyaretinizi nasıl ayarladınız?',
      options: {
        online_appointment: 'Online randevu',
        app_number: 'Uygulamadan sıra numarası',
        counter_number: 'Gişeden sıra numarası',
        no_appointment: 'Randevusuz',
      },
    },
    waiting_time: { title: 'Bekleme süresinden ne kadar memnun kaldınız?' },
    friendliness: { title: 'Çalışanlarımız ne kadar nazikti?' },
    competence: { title: 'Çalışanlarımız işlerinde ne kadar yetkindi?' },
    clarity: { title: 'Verilen bilgiler ne kadar anlaşılırdı?' },
    resolved: { title: 'İşiniz tamamen halledildi mi?' },
    rooms: { title: 'Mekânı ve ortamı nasıl buldunuz?' },
    with_children: {
      title: 'Bugün çocuklarla mı geldiniz?',
      options: { yes: 'Evet', no: 'Hayır' },
    },
    play_corner: { title: 'Oyun köşesinden ne kadar memnunsunuz?' },
    opening_hours: { title: 'Çalışma saatlerinden ne kadar memnunsunuz?' },
    overall: { title: 'Genel olarak ziyaretinizden ne kadar memnunsunuz?' },
    improve: { title: 'Neyi daha iyi yapmalıyız?' },
  },
};
