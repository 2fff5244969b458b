/** The words of one lesson in another language: its title, paragraphs, and one button text per example, in the English lesson's order. */
export interface LessonText {
  title: string;
  paragraphs: string[];
  buttons: string[];
}
